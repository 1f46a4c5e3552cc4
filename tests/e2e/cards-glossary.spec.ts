import { test, expect, type Page } from '@playwright/test';
import { axeViolations, sitemapPaths } from './helpers.ts';

/** The card pages, as the built /cards/ index links them. */
async function cardPaths(page: Page): Promise<string[]> {
  await page.goto('/cards/');
  const hrefs = await page.locator('main a[href^="/cards/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return [...new Set(hrefs)].filter((h) => h !== '/cards/');
}

/**
 * Pages in a PDF from Chromium's print-to-PDF: each page is one `/Type /Page`
 * object (the page tree is `/Type /Pages`). Chromium writes these dictionaries
 * uncompressed; the long-page control test below catches it if that changes.
 */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  return pdfPageCount(await page.pdf({ format: 'A4', printBackground: true }));
}

// page.pdf() exists only in Chromium's headless desktop mode; one viewport is enough for paper.
test.describe('action cards on paper', () => {
  test.skip(({ isMobile }) => isMobile, 'print-to-PDF runs once, in the desktop project');

  test('there are at least four cards, each marked for the build and the tests', async ({ page }) => {
    const paths = await cardPaths(page);
    expect(paths.length).toBeGreaterThanOrEqual(4);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('[data-action-card]')).toHaveCount(1);
    }
  });

  test('each card prints on exactly one A4 page, also in the largest text size', async ({ page }) => {
    const paths = await cardPaths(page);
    for (const path of paths) {
      await page.goto(path);
      expect(await printedPages(page), `${path} in standard text`).toBe(1);
    }
    await page.addInitScript(() => localStorage.setItem('gardenia-display', JSON.stringify({ text: 'xlarge' })));
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-text', 'xlarge');
      expect(await printedPages(page), `${path} in 特大 text`).toBe(1);
    }
  });

  test('the page counter sees more than one page when a page is long (control)', async ({ page }) => {
    await page.goto('/glossary/');
    expect(await printedPages(page)).toBeGreaterThan(1);
  });

  test('the printed card keeps its steps and hotlines and drops the site chrome', async ({ page }) => {
    const [path] = await cardPaths(page);
    await page.goto(path!);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-action-card] h1')).toBeVisible();
    await expect(page.locator('[data-action-card] a[href^="tel:"]').first()).toBeVisible();
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('button[data-print-button]')).toBeHidden();
    await expect(page.getByText(/来源：.*\/cards\//)).toBeVisible();
  });
});

test('with JavaScript the print button appears and opens the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto('/cards/after-domestic-violence/');
  const button = page.getByRole('button', { name: '打印这张卡' });
  await expect(button).toBeVisible();
  await button.click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('a guide links to the action cards that name it, and back', async ({ page }) => {
  await page.goto('/articles/protection-order/');
  await page.getByRole('link', { name: '申请人身安全保护令：材料清单' }).click();
  await expect(page).toHaveURL('/cards/protection-order-checklist/');
  await expect(page.getByRole('link', { name: /人身安全保护令：怎么申请/ })).toBeVisible();
});

test('the new cards and glossary pages have no WCAG 2.2 AA violations', async ({ page }) => {
  for (const path of ['/cards/', '/cards/after-domestic-violence/', '/glossary/']) {
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test('a term found on the glossary page is reachable from search', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('诉讼时效'));
  await expect(page.locator('main a[href^="/glossary/"]').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a card has no print button, and its content is complete', async ({ page }) => {
    await page.goto('/cards/after-domestic-violence/');
    await expect(page.locator('button[data-print-button]')).toBeHidden();
    await expect(page.getByRole('button', { name: '打印这张卡' })).toHaveCount(0);
    await expect(page.locator('[data-action-card] ol > li').first()).toBeVisible();
    await expect(page.locator('[data-action-card] a[href="tel:110"]')).toBeVisible();
  });

  test('the first use of a term in a guide links to its glossary entry', async ({ page }) => {
    await page.goto('/articles/guardianship-removal/');
    const link = page.locator('main a[data-glossary-term="jian-hu"]');
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL('/glossary/#jian-hu');
    const entry = page.locator('#jian-hu');
    await expect(entry).toHaveText('监护');
    await expect(entry).toBeInViewport();
  });

  test('terms are not linked inside headings or law quotes', async ({ page }) => {
    await page.goto('/articles/bride-price-return/');
    await expect(page.locator('main h2 a[data-glossary-term], main h3 a[data-glossary-term]')).toHaveCount(0);
    await expect(page.locator('main figure[data-law] a[data-glossary-term]')).toHaveCount(0);
    // 彩礼 is used many times but linked once.
    await expect(page.locator('main a[data-glossary-term="cai-li"]')).toHaveCount(1);
  });

  test('every glossary link in every guide leads to an entry that exists', async ({ page, request }) => {
    await page.goto('/glossary/');
    const ids = new Set(await page.locator('[data-glossary-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-glossary-entry')!)));
    const guides = (await sitemapPaths(request)).filter((p) => /^\/articles\/[a-z0-9-]+\/$/.test(p) && !/^\/articles\/(topic|audience|page)\//.test(p));
    expect(guides.length).toBeGreaterThanOrEqual(24);
    let links = 0;
    for (const guide of guides) {
      const html = await (await request.get(guide)).text();
      for (const m of html.matchAll(/href="\/glossary\/#([a-z0-9-]+)"/g)) {
        links += 1;
        expect(ids, `${guide} links to #${m[1]}`).toContain(m[1]);
      }
    }
    expect(links).toBeGreaterThan(guides.length);
  });
});

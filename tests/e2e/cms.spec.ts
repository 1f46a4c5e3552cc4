/**
 * The browser editor (Decap CMS at /admin/) in local mode, driven through its
 * forms in a real browser: `startEditor` (what `npm run edit` runs) serves the
 * editor and Decap's local proxy against a temporary copy of content/ and
 * public/, so saving writes real files there and the checkout is untouched.
 * Run with `npm run test:cms` (playwright.cms.config.ts).
 */
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startEditor } from '../../scripts/lib/cms/edit-server.ts';
import type { EditSession } from '../../scripts/lib/cms/edit-server.ts';

const repo = resolve(import.meta.dirname, '../..');
const port = Number(process.env.GARDENIA_EDIT_PORT ?? 8210);
const proxyPort = Number(process.env.GARDENIA_CMS_PROXY_PORT ?? 8211);
/** Screenshots for docs/editors.md are refreshed when this is set. */
const shots = process.env.GARDENIA_CMS_SCREENSHOTS ? join(repo, 'docs/editors') : undefined;

let checkout: string;
let session: EditSession;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  checkout = mkdtempSync(join(tmpdir(), 'gardenia-cms-'));
  cpSync(join(repo, 'content'), join(checkout, 'content'), { recursive: true });
  cpSync(join(repo, 'public'), join(checkout, 'public'), { recursive: true });
  session = await startEditor({ repoRoot: repo, checkout, port, proxyPort, log: () => {} });
});

test.afterAll(async () => {
  await session?.stop();
  if (checkout) rmSync(checkout, { recursive: true, force: true });
});

/** A date `days` from today in Beijing, as the schema writes it. */
function isoDay(days: number): string {
  return new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Every request the page makes must stay on this machine (no CDN, no third party). */
function watchRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const { hostname } = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(hostname) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
  });
  return foreign;
}

async function signIn(page: Page): Promise<void> {
  await page.goto(session.url);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Goes to a route of Decap's hash router. */
async function route(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** The form control of the field `name` (Decap ids are `<name>-field-<n>`). */
const field = (scope: Page | Locator, name: string): Locator => scope.locator(`[id^="${name}-field-"]`).first();

/** Opens an existing entry and waits until the form shows that entry. */
async function openEntry(page: Page, collection: string, slug: string): Promise<void> {
  await route(page, `/collections/${collection}`);
  await expect(page.getByTestId(collection)).toBeVisible();
  await route(page, `/collections/${collection}/entries/${slug}`);
  await expect(page.locator('[data-cms-filename]')).toContainText(`：${slug}（`);
}

/** Replaces the text of an input the way a person does (select all, type), until it holds exactly `text`. */
async function replaceText(input: Locator, text: string): Promise<void> {
  await expect(async () => {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.page().keyboard.insertText(text);
    await expect(input).toHaveValue(text, { timeout: 1_000 });
  }).toPass();
}

/** Picks `option` in the select (react-select) of field `name`. */
async function choose(page: Page, scope: Page | Locator, name: string, option: string | RegExp): Promise<void> {
  await field(scope, name).click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/** Publishes the open entry (in local mode: writes its file) and waits until the editor says it is saved. */
async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
  await expect(page.getByRole('button', { name: '已发布', exact: true })).toBeVisible();
}

test('an article made in the form lands in content/articles, passes the lint and is published by a build', async ({ page }) => {
  test.setTimeout(300_000);
  const foreign = watchRequests(page);
  await signIn(page);
  await expect(page.getByTestId('articles')).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, '1-collections.png') });
  await page.getByRole('link', { name: '创建“普法文章”类型的内容' }).click();

  await field(page, 'filename').fill('cms-test-protection-order');
  await field(page, 'title').fill('在网页编辑器里写的保护令问答');
  await field(page, 'summary').fill('这是一篇通过浏览器编辑器新建的测试文章，讲人身安全保护令可以由谁代为申请。');
  await field(page, 'publishDate').fill(isoDay(0));
  await choose(page, page, 'topics', '人身安全保护令（protection-order）');
  await choose(page, page, 'audiences', '妇女（women）');
  await page.getByRole('button', { name: /新增.*法律依据/ }).click();
  const law = page.locator('[id^="laws-field-"]').first();
  await field(law, 'name').fill('中华人民共和国反家庭暴力法');
  await page.getByRole('button', { name: /新增.*条文序号/ }).click();
  await field(law, 'item').fill('23');
  await field(law, 'effective').fill('2016-03-01');
  await field(law, 'source').fill('https://www.gov.cn/zhengce/2015-12/28/content_5029898.htm');
  await choose(page, page, 'status', 'unreviewed');
  await field(page, 'body').fill(
    [
      '遭受家暴的人自己没法申请时，别人可以代为申请（反家庭暴力法第二十三条第二款）：',
      '',
      '<LawQuote law="中华人民共和国反家庭暴力法" article={23} paragraph={2}>当事人是无民事行为能力人、限制民事行为能力人，或者因受到强制、威吓等原因无法申请人身安全保护令的，其近亲属、公安机关、妇女联合会、居民委员会、村民委员会、救助管理机构可以代为申请。</LawQuote>',
      '',
    ].join('\n'),
  );
  if (shots) await page.screenshot({ path: join(shots, '2-new-article.png') });
  await publish(page);

  const file = join(checkout, 'content/articles/cms-test-protection-order.mdx');
  await expect.poll(() => existsSync(file), { timeout: 20_000 }).toBe(true);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(`publishDate: "${isoDay(0)}"`);
  expect(text).toContain('topics: [protection-order]');
  expect(text).toContain('<LawQuote law="中华人民共和国反家庭暴力法" article={23} paragraph={2}>');
  expect(text).not.toContain('filename');
  expect(text).not.toContain('__gardenia');

  // The content lint passes on the new file…
  execFileSync(process.execPath, ['scripts/lint-content.ts', '--root', checkout, join(checkout, 'content/articles/cms-test-protection-order.mdx')], {
    cwd: repo,
    stdio: 'pipe',
  });
  // …and a build of the edited tree publishes it.
  const out = join(checkout, 'dist');
  // The bench's config: the site's own, with a cache of its own, so this build never mixes with the checkout's.
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--config', 'bench/gardenia.config.mjs'], {
    cwd: repo,
    env: { ...process.env, GARDENIA_CONTENT: join(checkout, 'content'), GARDENIA_OUT: out, GARDENIA_CACHE: join(checkout, 'cache') },
    stdio: 'pipe',
  });
  const html = readFileSync(join(out, 'articles/cms-test-protection-order/index.html'), 'utf8');
  expect(html).toContain('在网页编辑器里写的保护令问答');
  expect(foreign).toEqual([]);
});

/** Every entry file of the editable collections, relative to the checkout. */
function entryFiles(): { collection: string; slug: string; path: string }[] {
  const out: { collection: string; slug: string; path: string }[] = [];
  for (const collection of ['articles', 'cases', 'opendays', 'pages', 'stations']) {
    for (const f of readdirSync(join(repo, 'content', collection))) {
      if (/\.(mdx?|ya?ml)$/.test(f)) out.push({ collection, slug: f.replace(/\.[^.]+$/, ''), path: `content/${collection}/${f}` });
    }
  }
  return out;
}

test('every existing entry: an edit rewrites only its line, and taking it back restores the file byte for byte', async ({ page }) => {
  const entries = entryFiles();
  test.setTimeout(30_000 + entries.length * 12_000);
  await signIn(page);
  for (const e of entries) {
    const path = join(checkout, e.path);
    const before = readFileSync(path, 'utf8');
    await openEntry(page, e.collection, e.slug);
    const title = field(page, e.collection === 'stations' ? 'name' : 'title');
    await expect(title).not.toHaveValue('');
    const value = await title.inputValue();
    await replaceText(title, `${value}改`);
    await publish(page);
    await expect.poll(() => readFileSync(path, 'utf8'), { message: e.path }).not.toBe(before);
    const changed = readFileSync(path, 'utf8').split('\n');
    const lines = before.split('\n');
    expect(changed.length, e.path).toBe(lines.length);
    expect(
      changed.filter((l, i) => l !== lines[i]),
      e.path,
    ).toHaveLength(1);
    // Open it afresh (Decap compares with the entry as loaded), then take the edit back.
    await openEntry(page, e.collection, e.slug);
    await expect(title).toHaveValue(`${value}改`);
    await replaceText(title, value);
    await publish(page);
    await expect.poll(() => readFileSync(path, 'utf8'), { message: e.path }).toBe(before);
  }
});

test('a station’s opening hours are edited in the form and written as the schema wants them', async ({ page }) => {
  const path = join(checkout, 'content/stations/gardenia-station.yaml');
  const before = readFileSync(path, 'utf8');
  await signIn(page);
  await openEntry(page, 'stations', 'gardenia-station');
  const hours = page.locator('[id^="hours-field-"]').first();
  await hours.getByRole('button', { name: 'Expand' }).first().click();
  await page.getByRole('button', { name: /新增星期一/ }).click();
  const range = field(page, 'range');
  // An impossible time is refused before saving, with the Chinese message.
  await replaceText(range, '25:00-26:00');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
  await expect(page.getByText('「星期一」的时段要写成“开始-结束”', { exact: false }).first()).toBeVisible();
  expect(readFileSync(path, 'utf8')).toBe(before);
  await replaceText(range, '08:30-12:00');
  if (shots) await page.screenshot({ path: join(shots, '3-station-hours.png') });
  await publish(page);
  await expect.poll(() => readFileSync(path, 'utf8')).not.toBe(before);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('hours:\n  mon:\n    - ["08:30", "12:00"]\n');
  // Everything else keeps its bytes: the new lines are the only difference.
  expect(text.replace('hours:\n  mon:\n    - ["08:30", "12:00"]\n', '')).toBe(before);
  execFileSync(process.execPath, ['scripts/lint-content.ts', '--root', checkout, path], { cwd: repo, stdio: 'pipe' });
});

test('bad values are refused with Chinese messages before saving: an impossible date, a missing summary', async ({ page }) => {
  await signIn(page);
  await route(page, '/collections/articles/new');
  await replaceText(field(page, 'filename'), 'cms-test-bad-values');
  await replaceText(field(page, 'title'), '填错了的文章');
  await replaceText(field(page, 'publishDate'), '2026-02-30');
  await page.getByRole('button', { name: '发布', exact: true }).click();
  await page.getByText('立即发布', { exact: true }).click();
  await expect(page.getByText('不是真实存在的日期或格式不对').first()).toBeVisible();
  await expect(page.getByText(/摘要（summary）.*必填/).first()).toBeVisible();
  if (shots) await page.screenshot({ path: join(shots, '4-errors.png') });
  expect(existsSync(join(checkout, 'content/articles/cms-test-bad-values.mdx'))).toBe(false);
});

test('personal data in a case is caught by the content lint, with a Chinese finding', async ({ page }) => {
  await signIn(page);
  await route(page, '/collections/cases/new');
  await replaceText(field(page, 'filename'), 'cms-test-personal-data');
  await replaceText(field(page, 'title'), '情景案例：测试个人信息检查');
  await replaceText(field(page, 'summary'), '这是一个检查个人信息的测试情景，正文里故意写了一个身份证号码。');
  await replaceText(field(page, 'publishDate'), isoDay(0));
  await choose(page, page, 'kind', /scenario/);
  await choose(page, page, 'category', /domestic-violence/);
  await replaceText(field(page, 'outcome'), '假设的结果：测试用。');
  await field(page, 'body').fill('这是一个**假设的情景**。当事人的身份证号码是 350982199001011233。\n');
  await publish(page);
  const file = join(checkout, 'content/cases/cms-test-personal-data.mdx');
  await expect.poll(() => existsSync(file)).toBe(true);
  let out = '';
  try {
    execFileSync(process.execPath, ['scripts/lint-content.ts', '--root', checkout, '--format', 'json', file], { cwd: repo, stdio: 'pipe' });
  } catch (e) {
    out = String((e as { stdout: Buffer }).stdout);
  }
  const findings = JSON.parse(out) as { rule: string; severity: string; message: string }[];
  expect(findings.some((f) => f.rule === 'privacy-id-number' && f.severity === 'error' && /身份证/.test(f.message))).toBe(true);
  rmSync(file);
});

import { test, expect } from '@playwright/test';
import { openMenu } from './helpers.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the quick exit is a plain link to a neutral site', async ({ page }) => {
  await page.goto('/articles/');
  const exit = page.getByRole('link', { name: '快速离开' });
  await expect(exit).toBeVisible();
  await expect(exit).toHaveAttribute('href', /^https:\/\//);
});

test('without JavaScript the JS-only controls stay hidden and the content is complete', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-display-settings]')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  await openMenu(page);
  await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '普法园地' }).click();
  await expect(page).toHaveURL('/articles/');
  expect(await page.locator('main li.card').count()).toBeGreaterThan(2);
});

test('without JavaScript the header search reaches the search page, which offers other ways in', async ({ page }) => {
  await page.goto('/');
  await openMenu(page);
  await page.getByRole('searchbox', { name: '搜索本站' }).first().fill('保护令');
  await page.getByRole('button', { name: '搜索' }).first().click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.getByText('搜索需要浏览器开启 JavaScript')).toBeVisible();
  await expect(page.locator('main a[href="/stations/"]')).toBeVisible();
});

test('without JavaScript topic filters work as links', async ({ page }) => {
  await page.goto('/articles/');
  await page
    .getByRole('navigation', { name: '按主题看' })
    .getByRole('link', { name: /人身安全保护令/ })
    .click();
  await expect(page).toHaveURL('/articles/topic/protection-order/');
  await expect(page.locator('main h1')).toHaveText('人身安全保护令');
});

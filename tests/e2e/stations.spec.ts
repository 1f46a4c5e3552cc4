import { test, expect, type Page } from '@playwright/test';

/** Positions in and around 福鼎 (WGS-84). Only gardenia-station has (approximate) coordinates. */
const NEAR_TONGSHAN = { latitude: 27.327, longitude: 120.212 };
const NEAR_SHACHENG = { latitude: 27.168, longitude: 120.41 };
const BEIJING = { latitude: 39.9042, longitude: 116.4074 };
const GARDENIA = '“栀子花”妇女儿童权益保护司法协作服务站';
/** The position arrives asynchronously; on a busy machine that can take longer than expect's default 5 s. */
const POSITION_WAIT = { timeout: 15_000 };

/** Records every request the page makes from now on. */
function recordRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  return seen;
}

const finder = (page: Page) => page.locator('[data-station-finder]');
const results = (page: Page) => finder(page).locator('[data-finder-results] > li');
const finderStatus = (page: Page) => finder(page).locator('[data-finder-status]');

test.describe('离我最近 with the location granted', () => {
  test('near 桐山街道 the station comes first with its distance, places without coordinates last, and nothing leaves the phone', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(NEAR_TONGSHAN);
    const all = recordRequests(page);
    await page.goto('/stations/');
    await page.waitForLoadState('networkidle');
    // It says the location stays on the phone before anything is asked.
    await expect(finder(page)).toBeVisible();
    await expect(finder(page)).toContainText('不会发送给本站或任何人');
    const afterClick = recordRequests(page);
    await page.getByRole('button', { name: '找离我最近的站点' }).click();
    await expect(results(page).first()).toContainText(GARDENIA, POSITION_WAIT);
    await expect(results(page).first()).toContainText(/距离约 \d+ 米（大致位置）/);
    // Its position is only the approximate city centre, so it is not called near (issue 21).
    await expect(results(page).first()).not.toContainText('离你较近');
    await expect(results(page).nth(1)).toContainText('位置待核实');
    await expect(results(page)).toHaveCount(await page.locator('main li[data-station]').count());
    await expect(finderStatus(page)).toContainText(`最近的是${GARDENIA}`);
    // A round trip through the page after its next frame: any request the click caused has been
    // issued by then, and reaches this test before the answer does (one ordered DevTools session).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    // The position is used on the device only: no request at all after the click, none to another origin ever.
    expect(afterClick).toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect(all.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
  });

  test('near 沙埕 the distance is in kilometres', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(NEAR_SHACHENG);
    await page.goto('/stations/');
    await page.getByRole('button', { name: '找离我最近的站点' }).click();
    await expect(results(page).first()).toContainText(GARDENIA, POSITION_WAIT);
    await expect(results(page).first()).toContainText(/距离约 2\d 公里/);
  });

  test('far away (北京) shows the hotlines and a note instead of a "nearest" list', async ({ page, context }) => {
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(BEIJING);
    await page.goto('/stations/');
    await page.getByRole('button', { name: '找离我最近的站点' }).click();
    await expect(finderStatus(page)).toContainText('不在福鼎市附近', POSITION_WAIT);
    const far = finder(page).locator('[data-finder-far]');
    await expect(far).toBeVisible();
    await expect(far.locator('a[href="tel:12338"]')).toBeVisible();
    await expect(far.locator('a[href="tel:110"]')).toBeVisible();
    await expect(finder(page).locator('[data-finder-results]')).toBeHidden();
    await expect(results(page)).toHaveCount(0);
  });
});

test('when location is refused the finder explains and offers the township choice', async ({ page }) => {
  // No permission granted: the browser refuses the position.
  await page.goto('/stations/');
  await page.getByRole('button', { name: '找离我最近的站点' }).click();
  await expect(finderStatus(page)).toContainText('没有得到使用位置的许可', POSITION_WAIT);
  await expect(results(page)).toHaveCount(0);
  await expect(page.getByLabel('不想用定位？选择你所在的乡镇')).toBeVisible();
});

test('choosing a township lists the places by distance from its centre, without any location', async ({ page }) => {
  const afterLoad: string[] = [];
  await page.goto('/stations/');
  await page.waitForLoadState('networkidle');
  page.on('request', (r) => afterLoad.push(r.url()));
  const select = page.getByLabel('不想用定位？选择你所在的乡镇');
  await expect(select.locator('option')).toHaveCount(18);
  await select.selectOption({ label: '沙埕镇' });
  await page.getByRole('button', { name: '按乡镇查看' }).click();
  await expect(finder(page).locator('[data-finder-heading]')).toHaveText('离沙埕镇由近到远');
  await expect(results(page).first()).toContainText(GARDENIA, POSITION_WAIT);
  await expect(results(page).first()).toContainText(/距离约 2\d 公里/);
  await expect(finderStatus(page)).toContainText('已按离沙埕镇驻地的距离排好顺序');
  expect(afterLoad).toEqual([]);
});

test('the grouped list puts the unknown township last and the map links every located place', async ({ page }) => {
  await page.goto('/stations/');
  const groups = page.locator('section[aria-labelledby="list-title"] h3[id^="tw-"]');
  await expect(groups.first()).toContainText('桐山街道');
  await expect(groups.last()).toContainText('所在乡镇待核实');
  const map = page.getByRole('group', { name: '福鼎市服务站点示意图' });
  await expect(map).toBeVisible();
  const markers = map.getByRole('list', { name: '地图上的站点' }).getByRole('link');
  await expect(markers).toHaveCount(1);
  await expect(markers.first()).toHaveAttribute('href', '/stations/gardenia-station/');
  await expect(markers.first()).toHaveAccessibleName(`${GARDENIA}（大致位置）`);
});

test('a station page gives map links marked approximate, a prefilled error report and JSON-LD', async ({ page }) => {
  await page.goto('/stations/gardenia-station/');
  await expect(page.getByText('坐标只是大致位置')).toBeVisible();
  const amap = page.getByRole('link', { name: /在高德地图中打开（大致位置）/ });
  await expect(amap).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/marker\?position=120\.215,27\.325.*coordinate=wgs84/);
  await expect(page.getByRole('link', { name: /在百度地图中打开（大致位置）/ })).toHaveAttribute('href', /coord_type=wgs84/);
  const report = page.getByRole('link', { name: '报告错误' });
  const href = (await report.getAttribute('href'))!;
  expect(href).toMatch(/^mailto:corrections@/);
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  expect(params.get('subject')).toContain(GARDENIA);
  expect(params.get('body')).toContain('/stations/gardenia-station/');
  await expect(page.getByRole('heading', { name: '信息核实情况' })).toBeVisible();
  await expect(page.getByText('未核实：')).toBeVisible();
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(ld).toMatchObject({ '@type': 'GovernmentOffice', name: GARDENIA, geo: { latitude: 27.325, longitude: 120.215 } });
  expect(ld).not.toHaveProperty('telephone');
  expect(ld).not.toHaveProperty('openingHoursSpecification');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the grouped list stands, the finder stays hidden, and the service filter works as links', async ({ page }) => {
    await page.goto('/stations/');
    await expect(finder(page)).toBeHidden();
    const cards = page.locator('main li[data-station]');
    // Five places so far; the seven unnamed workrooms are one line, the hotline is not a place (issue 21).
    expect(await cards.count()).toBeGreaterThan(3);
    await expect(page.locator('[data-unlisted-workrooms]')).toBeVisible();
    await expect(page.locator('h3#tw-350982001')).toBeVisible();
    await page
      .getByRole('navigation', { name: '按服务筛选' })
      .getByRole('link', { name: /心理疏导/ })
      .click();
    await expect(page).toHaveURL('/stations/service/counselling/');
    await expect(page.locator('main h1')).toHaveText('提供“心理疏导”的服务站点');
    const filtered = page.locator('main li[data-station]');
    expect(await filtered.count()).toBeGreaterThan(0);
    for (const text of await filtered.allTextContents()) expect(text).toContain('心理疏导');
    await expect(page.getByRole('navigation', { name: '按服务筛选' }).getByRole('link', { name: /心理疏导/ })).toHaveAttribute('aria-current', 'page');
    await page
      .getByRole('navigation', { name: '按服务筛选' })
      .getByRole('link', { name: /全部站点/ })
      .click();
    await expect(page).toHaveURL('/stations/');
  });

  test('a station page shows everything it knows', async ({ page }) => {
    await page.goto('/stations/gardenia-station/');
    await expect(page.getByRole('heading', { name: '开放时间' })).toBeVisible();
    await expect(page.getByText('开放时间待核实')).toBeVisible();
    await expect(page.getByRole('link', { name: '报告错误' })).toBeVisible();
    await expect(page.getByRole('link', { name: /在高德地图中打开/ })).toBeVisible();
    await page.getByRole('link', { name: '法律咨询' }).click();
    await expect(page).toHaveURL('/stations/service/legal-advice/');
  });
});

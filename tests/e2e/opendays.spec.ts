/**
 * 开放日: the real index (nothing scheduled), and on the fixture site
 * (tests/fixtures/site → dist-fixtures, served on 4322) upcoming and past
 * sessions, the browser re-deciding them by its clock, calendar files,
 * structured data, the print page and axe.
 */
import { test, expect, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { axeViolations } from './helpers.ts';

const FIXTURE = process.env.E2E_FIXTURE_BASE_URL ?? `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 4322}`;
const GUIDE = '/opendays/spring-open-day/';

/** Beijing wall-clock time as an instant. */
const beijing = (isoLocal: string) => new Date(`${isoLocal}+08:00`);

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((s) => JSON.parse(s) as Record<string, unknown>);
}

function parseCalendar(text: string): ICAL.Component {
  return new ICAL.Component(ICAL.parse(text));
}

test.describe('the real site', () => {
  test('the open-day index says nothing is scheduled and how to ask, instead of an empty list', async ({ page }) => {
    await page.goto('/opendays/');
    const none = page.locator('[data-openday-none]');
    await expect(none).toBeVisible();
    await expect(none).toContainText('目前没有已公布的开放日场次');
    await expect(none.locator('a[href="tel:12309"]')).toBeVisible();
    await expect(page.locator('[data-openday-upcoming]')).toHaveCount(0);
    await expect(page.locator('a[href="/opendays.ics"]')).toHaveCount(0);
    await expect(page.locator('main a[href="/how-to-attend-open-day/"]').first()).toBeVisible();
    await expect(page.locator('[data-openday-past] a[href="/opendays/womens-rights-open-day/"]')).toBeVisible();
  });

  test('the past open day with no known date has no Event structured data and no session table', async ({ page }) => {
    await page.goto('/opendays/womens-rights-open-day/');
    expect((await jsonLd(page)).filter((d) => d['@type'] === 'Event')).toEqual([]);
    await expect(page.locator('[data-openday-session]')).toHaveCount(0);
    await expect(page.locator('[data-openday-venue]')).toContainText('待核实');
    await expect(page.locator('[data-openday-venue] a[href*="amap.com"]')).toHaveCount(0);
  });

  test('/opendays.ics still answers with a valid calendar that holds no event', async ({ request }) => {
    const response = await request.get('/opendays.ics');
    expect(response.status()).toBe(200);
    const cal = parseCalendar(await response.text());
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(cal.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
  });
});

test.describe('the fixture site', () => {
  test.use({ baseURL: FIXTURE });

  test('the index lists upcoming sessions in time order first, then past open days with their report', async ({ page }) => {
    await page.clock.setFixedTime(beijing('2027-01-01T09:00:00'));
    await page.goto('/opendays/');
    await expect(page.locator('[data-openday-none]')).toBeHidden();
    const cards = page.locator('[data-openday-upcoming] > li');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0)).toContainText('2030年3月8日');
    await expect(cards.nth(1)).toContainText('2030年3月15日');
    await expect(cards.nth(1)).toContainText('已满');
    await expect(cards.nth(2)).toContainText('已取消');
    await expect(cards.nth(2).locator('a[href$=".ics"]')).toHaveCount(0);
    await expect(cards.nth(0).getByRole('link', { name: '加入日历（第 1 场）' })).toHaveAttribute('href', '/opendays/spring-open-day/1.ics');
    await expect(page.getByRole('link', { name: /下载全部即将举行的场次/ })).toHaveAttribute('href', '/opendays.ics');
    const past = page.locator('[data-openday-past]');
    await expect(past).toContainText('测试往期开放日');
    await expect(past.getByRole('link', { name: '阅读活动报道' })).toHaveAttribute('href', '/articles/published/');
    // Upcoming comes before past in reading order.
    const order = await page.locator('h2').allTextContents();
    expect(order.indexOf('即将举行')).toBeLessThan(order.indexOf('往期开放日'));
  });

  test('with the browser clock after the first session, the index and the guide show it as ended', async ({ page }) => {
    await page.clock.setFixedTime(beijing('2030-03-08T11:30:00'));
    await page.goto('/opendays/');
    const ended = page.locator('[data-openday-ended]');
    await expect(ended).toBeVisible();
    await expect(ended.locator('li')).toHaveCount(1);
    await expect(ended.locator('li')).toContainText('2030年3月8日');
    await expect(ended.locator('li [data-openday-state]')).toHaveText('已结束');
    await expect(ended.locator('a[href$=".ics"]')).toBeHidden();
    await expect(page.locator('[data-openday-upcoming] > li')).toHaveCount(2);
    await expect(page.locator('[data-openday-none]')).toBeHidden();

    await page.goto(GUIDE);
    const rows = page.locator('tr[data-openday-session]');
    await expect(rows.nth(0).locator('[data-openday-state]')).toHaveText('已结束');
    await expect(rows.nth(0).getByRole('link', { name: /加入日历/ })).toBeHidden();
    await expect(rows.nth(0).locator('a[href^="tel:"]')).toBeHidden();
    await expect(rows.nth(1).locator('[data-openday-state]')).toHaveText('即将举行');
    await expect(rows.nth(1).getByRole('link', { name: '加入日历（第 2 场）' })).toBeVisible();
  });

  test('with the browser clock after every session, the index says nothing is scheduled and drops the feed link', async ({ page }) => {
    await page.clock.setFixedTime(beijing('2030-06-01T08:00:00'));
    await page.goto('/opendays/');
    await expect(page.locator('[data-openday-none]')).toBeVisible();
    await expect(page.locator('[data-openday-feed]')).toBeHidden();
    await expect(page.locator('[data-openday-upcoming]')).toBeHidden();
    await expect(page.locator('[data-openday-ended] li')).toHaveCount(3);
  });

  test('while a session runs it is marked ongoing, and registration closes after the deadline day in Beijing time', async ({ page }) => {
    await page.clock.setFixedTime(beijing('2030-03-08T10:00:00'));
    await page.goto(GUIDE);
    const first = page.locator('tr[data-openday-session]').first();
    await expect(first.locator('[data-openday-state]')).toHaveText('正在进行');
    await expect(first.locator('[data-openday-register]')).toBeHidden();
    await expect(first.locator('[data-openday-closed]')).toHaveText('报名已截止');

    await page.clock.setFixedTime(beijing('2030-03-06T23:59:00'));
    await page.goto(GUIDE);
    await expect(first.locator('a[href="tel:12309"]')).toBeVisible();
    await page.clock.setFixedTime(beijing('2030-03-07T00:00:00'));
    await page.goto(GUIDE);
    await expect(first.locator('[data-openday-register]')).toBeHidden();
    await expect(first.locator('[data-openday-closed]')).toBeVisible();
  });

  test('the guide shows the route with minutes, the venue card with a map link, the rules and the FAQ', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(GUIDE);
    const route = page.locator('main ol.openday-route > li');
    await expect(route).toHaveCount(2);
    await expect(route.nth(0)).toContainText('12309检察服务中心');
    await expect(route.nth(0)).toContainText('约 30 分钟');
    await expect(page.getByText('全程约 50 分钟。')).toBeVisible();
    const venue = page.locator('[data-openday-venue]');
    await expect(venue).toContainText('测试路 1 号');
    await expect(venue).toContainText('无台阶通道：有');
    await expect(venue).toContainText('无障碍卫生间：没有');
    await expect(venue.getByRole('link', { name: '在高德地图上查看位置' })).toHaveAttribute(
      'href',
      /^https:\/\/uri\.amap\.com\/marker\?position=120\.2163,27\.3245/,
    );
    await expect(page.locator('tr[data-openday-session]').first()).toContainText('剩余 12 个，共 30 个');
    await expect(page.locator('tr[data-openday-session]').first()).toContainText('报名截止：2030年3月6日');
    await expect(page.getByRole('heading', { name: '请携带' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '参观须知' })).toBeVisible();
    await expect(page.getByText('测试问题？')).toBeVisible();
    await expect(page.getByRole('link', { name: '打印版（一页纸）' })).toHaveAttribute('href', '/opendays/spring-open-day/print/');
    // No request to any other origin (the map is a link, not an embed).
    expect(requests.filter((u) => !u.startsWith(FIXTURE))).toEqual([]);
  });

  test('a venue without coordinates gets no map link', async ({ page }) => {
    await page.goto('/opendays/cancelled-open-day/');
    await expect(page.locator('[data-openday-venue] a')).toHaveCount(0);
    await expect(page.getByText('这次开放日已取消。')).toBeVisible();
  });

  test('each guide carries one schema.org Event per session with +08:00 times', async ({ page }) => {
    await page.goto(GUIDE);
    const events = (await jsonLd(page)).filter((d) => d['@type'] === 'Event');
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      name: '测试开放日：走进检察院',
      startDate: '2030-03-08T09:00:00+08:00',
      endDate: '2030-03-08T11:30:00+08:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      isAccessibleForFree: true,
      location: { '@type': 'Place', name: '测试检察院', address: { streetAddress: '测试路 1 号' } },
    });
    await page.goto('/opendays/cancelled-open-day/');
    const cancelled = (await jsonLd(page)).filter((d) => d['@type'] === 'Event');
    expect(cancelled.map((e) => e.eventStatus)).toEqual(['https://schema.org/EventCancelled']);
  });

  test('the session and feed calendar files parse with ical.js and describe the sessions', async ({ request }) => {
    const one = await request.get('/opendays/spring-open-day/1.ics');
    expect(one.status()).toBe(200);
    const vevent = parseCalendar(await one.text()).getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('uid')).toBe('spring-open-day-1@gardenia.fuding.example');
    expect(String(vevent.getFirstPropertyValue('dtstart'))).toBe('2030-03-08T01:00:00Z');
    expect(String(vevent.getFirstPropertyValue('dtend'))).toBe('2030-03-08T03:30:00Z');
    expect(vevent.getFirstPropertyValue('summary')).toBe('测试开放日：走进检察院');
    expect(vevent.getFirstPropertyValue('location')).toBe('测试检察院，测试路 1 号');
    expect(String(vevent.getFirstPropertyValue('description'))).toContain('报名电话：12309');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://gardenia.fuding.example/opendays/spring-open-day/');
    expect(vevent.getFirstProperty('dtstamp')).not.toBeNull();

    const feed = parseCalendar(await (await request.get('/opendays.ics')).text());
    const uids = feed.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid'));
    // The cancelled open day is not offered; past sessions are not in the feed.
    expect(uids).toEqual(['spring-open-day-1@gardenia.fuding.example', 'spring-open-day-2@gardenia.fuding.example']);
  });

  test('the print page holds the time, address, route, what to bring and the registration phone', async ({ page }) => {
    await page.goto('/opendays/spring-open-day/print/');
    const sheet = page.locator('article.openday-print');
    for (const text of ['2030年3月8日', '09:00—11:30', '测试路 1 号', '12309检察服务中心', '身份证']) await expect(sheet).toContainText(text);
    await expect(sheet.locator('a[href="tel:12309"]')).toBeVisible();
    await expect(page.getByRole('button', { name: '打印本页' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.getByRole('button', { name: '打印本页' })).toBeHidden();
  });

  for (const mode of [
    { name: '标准', prefs: null },
    { name: '特大字号', prefs: { text: 'xlarge' } },
    { name: '高对比度', prefs: { contrast: 'high' } },
  ] as const) {
    test(`axe finds no WCAG 2.2 AA violation on the open-day pages with sessions (${mode.name})`, async ({ page }) => {
      if (mode.prefs) await page.addInitScript((p) => localStorage.setItem('gardenia-display', JSON.stringify(p)), mode.prefs);
      const failures: string[] = [];
      for (const path of ['/opendays/', GUIDE, '/opendays/spring-open-day/print/', '/opendays/cancelled-open-day/', '/opendays/past-open-day/']) {
        await page.goto(path);
        const violations = await axeViolations(page);
        if (violations.length) failures.push(`${path}\n  ${violations.join('\n  ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 1) failures.push(`${path}: horizontal scroll of ${overflow}px`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    });
  }
});

test.describe('the fixture site without JavaScript', () => {
  test.use({ baseURL: FIXTURE, javaScriptEnabled: false });

  test('the build-time state stands: upcoming sessions with registration phone and calendar links', async ({ page }) => {
    await page.goto(GUIDE);
    const first = page.locator('tr[data-openday-session]').first();
    await expect(first.locator('a[href="tel:12309"]')).toBeVisible();
    await expect(first.getByRole('link', { name: '加入日历（第 1 场）' })).toBeVisible();
    await page.goto('/opendays/');
    await expect(page.locator('[data-openday-upcoming] > li')).toHaveCount(3);
    await expect(page.locator('[data-openday-none]')).toBeHidden();
  });

  test('the print page works as a plain page, its print button hidden', async ({ page }) => {
    await page.goto('/opendays/spring-open-day/print/');
    await expect(page.locator('article.openday-print h1')).toHaveText('测试开放日：走进检察院');
    await expect(page.locator('button[data-print-button]')).toBeHidden();
  });
});

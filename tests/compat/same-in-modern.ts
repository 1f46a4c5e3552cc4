/**
 * Proves the browser-floor CSS changes nothing in today's engine: opens every page of two builds
 * (before and after a CSS change) in Debian's Chromium and compares every element's computed style
 * (screen and print media, standard/large text, high contrast) and a full-page screenshot, pixel by pixel.
 * Usage: node tests/compat/same-in-modern.ts <before-base-url> <after-base-url> [path…]
 * A manual tool for CSS pipeline changes (README "Browser floor"); not part of npm test.
 */
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../scripts/lib/chromium.ts';

const [before, after, ...only] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node tests/compat/same-in-modern.ts <before-base-url> <after-base-url> [path…]');
  process.exit(2);
}
const paths = only.length
  ? only
  : [...(await (await fetch(new URL('/sitemap-0.xml', after))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

const browser = await chromium.launch({ ...(chromiumPath() ? { executablePath: chromiumPath()! } : {}), args: ['--no-sandbox', '--disable-gpu'] });
const collect = () =>
  [...document.querySelectorAll('*')].map((el, i) => {
    const cs = getComputedStyle(el);
    const before = getComputedStyle(el, '::before');
    const after = getComputedStyle(el, '::after');
    const out: string[] = [];
    // --tw-* are Tailwind's plumbing (registered with @property, or declared as plain defaults for
    // the floor); what they produce is in the real properties compared here.
    for (let j = 0; j < cs.length; j++) if (!cs[j]!.startsWith('--tw-')) out.push(`${cs[j]}:${cs.getPropertyValue(cs[j]!)}`);
    out.push(`::before ${before.content} ${before.display} ${before.backgroundColor} ${before.width}`);
    out.push(`::after ${after.content} ${after.display}`);
    return `${i} ${el.tagName} ${out.sort().join(';')}`;
  });

let failures = 0;
let compared = 0;
for (const variant of [
  { name: 'screen', media: 'screen' as const, prefs: null },
  { name: 'print', media: 'print' as const, prefs: null },
  { name: 'large+high', media: 'screen' as const, prefs: '{"text":"xlarge","contrast":"high"}' },
]) {
  for (const viewport of variant.name === 'screen'
    ? [
        { width: 360, height: 740 },
        { width: 1280, height: 900 },
      ]
    : [{ width: 1280, height: 900 }]) {
    let context = await browser.newContext({ viewport });
    const open = async () => {
      context = await browser.newContext({ viewport });
      if (variant.prefs) await context.addInitScript((p) => localStorage.setItem('gardenia-display', p), variant.prefs);
      const pages = [await context.newPage(), await context.newPage()] as const;
      for (const p of pages) await p.emulateMedia({ media: variant.media });
      return pages;
    };
    await context.close();
    let [pa, pb] = await open();
    for (const path of paths) {
      try {
        await Promise.all([pa.goto(new URL(path, before).href, { waitUntil: 'load' }), pb.goto(new URL(path, after).href, { waitUntil: 'load' })]);
        const [sa, sb] = [await pa.evaluate(collect), await pb.evaluate(collect)];
        const diffs =
          sa.length !== sb.length
            ? [`element count ${sa.length} vs ${sb.length}`]
            : sa.flatMap((s, i) => {
                if (s === sb[i]) return [];
                const a = s.split(';'),
                  b = sb[i]!.split(';');
                return [
                  `${s.split(' ').slice(0, 2).join(' ')}: ${a
                    .filter((x) => !b.includes(x))
                    .slice(0, 4)
                    .join(' | ')} → ${b
                    .filter((x) => !a.includes(x))
                    .slice(0, 4)
                    .join(' | ')}`,
                ];
              });
        const [ia, ib] = [await pa.screenshot({ fullPage: true }), await pb.screenshot({ fullPage: true })];
        let samePixels = ia.equals(ib);
        if (!samePixels && !(await pa.screenshot({ fullPage: true })).equals(ia)) {
          // The before build does not even match itself (seen with print emulation): pixels say nothing here.
          console.log(`note ${variant.name} ${viewport.width} ${path}: screenshots unstable in the before build itself; computed styles decide`);
          samePixels = true;
        }
        compared++;
        if (compared % 25 === 0) console.log(`… ${compared} compared`);
        if (diffs.length || !samePixels) {
          failures++;
          console.log(`DIFF ${variant.name} ${viewport.width} ${path}: ${diffs.length} elements differ${samePixels ? '' : ', screenshot differs'}`);
          for (const d of diffs.slice(0, 5)) console.log('   ', d.slice(0, 400));
        }
      } catch (e) {
        // A crashed tab (seen on this busy 2-core machine) is retried once in a fresh context.
        console.log(`retry ${variant.name} ${viewport.width} ${path}: ${(e as Error).message.split('\n')[0]}`);
        await context.close().catch(() => {});
        [pa, pb] = await open();
        paths.splice(paths.indexOf(path) + 1, 0, path);
      }
    }
    await context.close();
  }
}
await browser.close();
console.log(`${compared - failures} passed, ${failures} failed (page × variant × viewport, computed styles and pixels)`);
process.exitCode = failures ? 1 : 0;

import { describe, expect, it } from 'vitest';
import { parseProcStat, parseTimeVerbose, treeRssPages } from '../../../bench/src/lib/proc.ts';
import { parsePhases, parseStarlightPagefindSeconds } from '../../../bench/src/lib/builds.ts';

describe('parseProcStat', () => {
  it('reads pid, ppid and RSS even when the command name has spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i));
    fields[1] = '77'; // ppid
    fields[21] = '2500'; // rss
    const line = `1234 (node (worker) 1) ${['S', ...fields.slice(1)].join(' ')}`;
    expect(parseProcStat(line)).toEqual({ pid: 1234, ppid: 77, rssPages: 2500 });
    expect(parseProcStat('garbage')).toBeUndefined();
  });
});

describe('treeRssPages', () => {
  it('sums the root and all descendants, not other processes', () => {
    const procs = [
      { pid: 1, ppid: 0, rssPages: 1000 },
      { pid: 10, ppid: 1, rssPages: 5 },
      { pid: 11, ppid: 10, rssPages: 7 },
      { pid: 12, ppid: 10, rssPages: 11 },
      { pid: 13, ppid: 11, rssPages: 13 },
    ];
    expect(treeRssPages(procs, 10)).toBe(5 + 7 + 11 + 13);
    expect(treeRssPages(procs, 12)).toBe(11);
    expect(treeRssPages(procs, 99)).toBe(0);
  });
});

describe('parseTimeVerbose', () => {
  it('reads the maximum resident set size in bytes', () => {
    const out = '\tCommand being timed: "node x"\n\tMaximum resident set size (kbytes): 1153024\n\tExit status: 0\n';
    expect(parseTimeVerbose(out)).toBe(1153024 * 1024);
    expect(parseTimeVerbose('nothing')).toBeUndefined();
  });
});

describe('parseStarlightPagefindSeconds', () => {
  it.each([
    ['11:20:20 [starlight:pagefind] Finished building search index in 110.69s.', 110.69],
    ['[starlight:pagefind] Finished building search index in 278ms.', 0.278],
    ['[build] Complete!', undefined],
  ])('%s → %s', (log, seconds) => expect(parseStarlightPagefindSeconds(log)).toBe(seconds));
});

describe('parsePhases', () => {
  const log = [
    '17:47:26 [vite] [optimizer] bundling dependencies...',
    '17:47:29 [content] Syncing content',
    '17:47:31 [content] Synced content',
    '17:47:31 [build] ✓ Completed in 7.17s.',
    '17:47:31 [build] Building static entrypoints...',
    '17:48:33 [vite] ✓ built in 1m 1s',
    '17:48:38 [build] Rearranging server assets...',
    '',
    ' generating static routes ',
    '17:48:43 ▶ src/pages/articles/[...slug].astro',
    '  ├─ /articles/a/index.html (+12ms)',
    '17:49:57 ✓ Completed in 1m 19.42s.',
    '17:49:58 [build] ✓ Completed in 2m 26s.',
    '17:50:02 [gardenia:build] Pagefind: 1012 pages indexed in 12.5 s',
    '17:50:03 [gardenia:build] CSP header for nginx: /x/out.csp.conf in 0.8 s',
    '17:50:05 [gardenia:build] gzip: 1100 files, 40000 KB → 9000 KB in 2.1 s',
  ].join('\n');

  it('reads the content layer and bundling from time stamps and the rest from the timed lines', () => {
    expect(parsePhases(log)).toEqual({ content: 5, bundle: 67, render: 79.42, pagefind: 12.5, csp: 0.8, gzip: 2.1 });
  });

  it('reads Starlight’s Pagefind line and leaves out what the log does not say', () => {
    expect(parsePhases('12:00:00 [starlight:pagefind] Finished building search index in 950ms.')).toEqual({ pagefind: 0.95 });
  });
});

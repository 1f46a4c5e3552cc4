import { describe, expect, it } from 'vitest';
import { parseProcStat, parseTimeVerbose, treeRssPages } from '../../../bench/src/lib/proc.ts';
import { parseStarlightPagefindSeconds } from '../../../bench/src/lib/builds.ts';

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

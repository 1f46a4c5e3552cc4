/**
 * Peak memory of a process tree. Two measures, because neither alone is the
 * whole truth: `/usr/bin/time -v` reports the largest single process
 * (ru_maxrss), and sampling /proc every 100 ms sums the RSS of the whole tree
 * (node + esbuild/rolldown workers + pagefind) but can miss a short spike.
 * The parsers are pure; {@link sampleTree} reads /proc.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One line of /proc/<pid>/stat, reduced to what the bench needs. */
export interface ProcStat {
  pid: number;
  ppid: number;
  /** Resident set size in pages. */
  rssPages: number;
}

/**
 * Parses /proc/<pid>/stat. The command name (field 2) is in parentheses and may
 * itself contain spaces or parentheses, so fields are counted after the last ')'.
 */
export function parseProcStat(text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text, 10);
  // After ") ": state(3) ppid(4) … rss(24) → indexes 0, 1, … 21.
  const rest = text.slice(close + 2).split(' ');
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  if (!Number.isFinite(pid) || !Number.isFinite(ppid) || !Number.isFinite(rssPages)) return undefined;
  return { pid, ppid, rssPages };
}

/** Sum of RSS pages of `root` and all its descendants. */
export function treeRssPages(procs: readonly ProcStat[], root: number): number {
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  let total = 0;
  const stack = [root];
  const seen = new Set<number>();
  while (stack.length) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += byPid.get(pid)?.rssPages ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** "Maximum resident set size (kbytes): N" from `/usr/bin/time -v`, in bytes. */
export function parseTimeVerbose(stderr: string): number | undefined {
  const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr);
  return m ? Number(m[1]) * 1024 : undefined;
}

/** Reads every process's stat once; processes that vanish mid-read are skipped. */
export function readProcs(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) out.push(s);
    } catch {
      // The process ended between readdir and read.
    }
  }
  return out;
}

const PAGE_SIZE = 4096;

/** Samples the tree under `root` every `ms`; stop() returns the peak in bytes. */
export function sampleTree(root: number, ms = 100): { stop: () => number } {
  let peak = 0;
  const tick = () => {
    try {
      peak = Math.max(peak, treeRssPages(readProcs(), root) * PAGE_SIZE);
    } catch {
      // /proc unavailable: the time -v figure remains.
    }
  };
  tick();
  const timer = setInterval(tick, ms);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

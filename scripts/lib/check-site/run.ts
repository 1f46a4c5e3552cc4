/**
 * The check:site runner: loads the built site, runs every check and prints one
 * line per problem ("file:line:col [check] message"); exit code 1 on any.
 * The CLI entry (scripts/check-site.ts) only forwards argv and the exit code.
 */
import { relative } from 'node:path';
import { loadSite } from './site.ts';
import { CHECKS } from './index.ts';
import type { BuiltSite, Check, Problem } from './types.ts';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  cwd: string;
}

const USAGE = `Usage: node scripts/check-site.ts [--dir <built site>]   (default: dist)
Checks HTML validity, internal links and fragments, images, the sitemap,
canonical and Open Graph tags, JSON-LD, the RSS feed, and CSS/JS against the
browser floor (package.json browserslist). Exit 1 on any problem.
`;

/** Runs `checks` over a loaded site; problems sorted by file, then position. */
export async function checkSite(site: BuiltSite, checks: readonly Check[] = CHECKS): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const check of checks) for (const f of await check.run(site)) problems.push({ check: check.id, ...f });
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** One report line: where (relative to the cwd), which check, what. */
export function formatProblem(p: Problem, prefix: string): string {
  const pos = p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : '';
  return `${prefix}${p.file}${pos} [${p.check}] ${p.message}`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let dir = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--dir' && argv[i + 1]) dir = argv[++i]!;
    else if (a.startsWith('--dir=')) dir = a.slice('--dir='.length);
    else if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else {
      io.err(`check-site: unknown argument ${a}\n${USAGE}`);
      return 2;
    }
  }
  let site: BuiltSite;
  try {
    site = await loadSite(relative(io.cwd, dir) === dir ? `${io.cwd}/${dir}` : dir);
  } catch (e) {
    io.err(`check-site: ${(e as Error).message}\n`);
    return 2;
  }
  const problems = await checkSite(site);
  const rel = relative(io.cwd, site.dir);
  const prefix = rel.startsWith('..') ? site.dir + '/' : (rel || '.') + '/';
  for (const p of problems) io.out(formatProblem(p, prefix) + '\n');
  io.err(
    problems.length ? `check-site: ${problems.length} problem(s) in ${site.pages.length} pages\n` : `check-site: ${site.pages.length} pages, no problems\n`,
  );
  return problems.length ? 1 : 0;
}

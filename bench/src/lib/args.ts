/** The bench's command line. Pure. */

/** Parts of the bench that `--only` can select. */
export const SECTIONS = ['corpus', 'starlight', 'search', 'real', 'lighthouse', 'dev'] as const;
export type Section = (typeof SECTIONS)[number];

/** Parsed options. */
export interface BenchOptions {
  quick: boolean;
  /** Timed builds per site and size; the median is reported. */
  runs: number;
  /** Corpus sizes, ascending. */
  sizes: number[];
  sections: Set<Section>;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only corpus|starlight|search|real|lighthouse|dev[,…]] [--sizes 1000,3000,10000] [--runs 3]
  --quick   200 and 600 articles, one run, no Lighthouse, no dev-server edit (for development)
  --only    run only these parts (starlight implies corpus; lighthouse needs the real build;
            search measures the corpus builds of this run, or without corpus those a previous run left;
            dev edits one article under \`astro dev\` on the 3,000-article corpus, or the largest below it)
  --sizes   corpus sizes, comma-separated (default 1000,3000,10000)
  --runs    timed builds per site and size, the median reported (default 3)`;

/** Parses argv (without node and the script); throws with a usage hint on anything unknown. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  let quick = false;
  let help = false;
  let only: Section[] | undefined;
  let sizes: number[] | undefined;
  let runs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--quick') quick = true;
    else if (flag === '--help' || flag === '-h') help = true;
    else if (flag === '--only') {
      only = value().split(',').map((s) => s.trim()) as Section[];
      for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`unknown section "${s}" for --only\n${USAGE}`);
    } else if (flag === '--sizes') {
      sizes = value().split(',').map((s) => Number(s.trim()));
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes positive integers\n${USAGE}`);
    } else if (flag === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer\n${USAGE}`);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  const sections = new Set<Section>(only ?? SECTIONS.filter((s) => !(quick && (s === 'lighthouse' || s === 'dev'))));
  if (sections.has('starlight')) sections.add('corpus');
  sizes ??= quick ? [200, 600] : [1000, 3000, 10000];
  runs ??= quick ? 1 : 3;
  return { quick, runs, sizes: [...sizes].sort((x, y) => x - y), sections, help };
}

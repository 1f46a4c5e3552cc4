/** The bench's command line. Pure. */

/** Parts of the bench that `--only` can select. */
export const SECTIONS = ['corpus', 'starlight', 'real', 'lighthouse'] as const;
export type Section = (typeof SECTIONS)[number];

/** Parsed options. */
export interface BenchOptions {
  quick: boolean;
  /** Corpus sizes, ascending. */
  sizes: number[];
  sections: Set<Section>;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only corpus|starlight|real|lighthouse[,…]] [--sizes 1000,3000]
  --quick   200 and 600 articles, no Lighthouse (for development)
  --only    run only these parts (starlight implies corpus; lighthouse needs the real build)
  --sizes   corpus sizes, comma-separated (default 1000,3000)`;

/** Parses argv (without node and the script); throws with a usage hint on anything unknown. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  let quick = false;
  let help = false;
  let only: Section[] | undefined;
  let sizes: number[] | undefined;
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
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  const sections = new Set<Section>(only ?? SECTIONS.filter((s) => !(quick && s === 'lighthouse')));
  if (sections.has('starlight')) sections.add('corpus');
  sizes ??= quick ? [200, 600] : [1000, 3000];
  return { quick, sizes: [...sizes].sort((x, y) => x - y), sections, help };
}

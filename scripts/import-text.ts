/**
 * Imports a plain-text report (from a news site or a Word export) as a draft.
 * Usage: npm run import -- <file.txt> --as <articles|cases|opendays|pages>
 * The logic lives in scripts/lib/import/.
 */
import { main } from './lib/import/import-text.ts';

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});

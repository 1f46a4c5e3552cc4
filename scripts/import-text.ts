/**
 * Imports a plain-text report (from a news site or a Word export) as a draft.
 * Usage: npm run import -- <file.txt> --as <articles|cases|opendays|pages>
 * The logic lives in scripts/lib/import/.
 */
// Registered before the rest loads, so GARDENIA_SITE_CONFIG applies (static imports would resolve first).
import './lib/site-config/register.ts';

const { main } = await import('./lib/import/import-text.ts');

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});

/**
 * Creates a new draft entry from a Chinese title.
 * Usage: npm run new -- <articles|cases|opendays|pages|stations> "<中文标题>"
 * The logic lives in scripts/lib/entry/.
 */
// Registered before the rest loads, so GARDENIA_SITE_CONFIG applies (static imports would resolve first).
import './lib/site-config/register.ts';

const { main } = await import('./lib/entry/new-entry.ts');

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});

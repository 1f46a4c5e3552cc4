/**
 * Content lint for editors' Markdown/MDX/YAML: encoding damage, Traditional
 * characters, punctuation, privacy leaks, links, images and headings.
 * Usage: node scripts/lint-content.ts [--fix] [--format json] [paths…]
 * The logic lives in scripts/lib/lint/ (one module per rule).
 */
// Registered before the rest loads, so GARDENIA_SITE_CONFIG applies (static imports would resolve first).
import './lib/site-config/register.ts';

const { main } = await import('./lib/lint/run.ts');

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});

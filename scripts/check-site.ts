/**
 * Quality gate over the built site: HTML validity, links and fragments, images,
 * sitemap, canonical and Open Graph tags, JSON-LD, RSS.
 * Usage: node scripts/check-site.ts [--dir <path>]   (after `npm run build`)
 * The logic lives in scripts/lib/check-site/ (one module per check).
 */
import { main } from './lib/check-site/run.ts';

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});

/**
 * Creates a new draft entry from a Chinese title.
 * Usage: npm run new -- <articles|cases|opendays|pages|stations> "<中文标题>"
 * The logic lives in scripts/lib/entry/.
 */
import { main } from './lib/entry/new-entry.ts';

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  cwd: process.cwd(),
});

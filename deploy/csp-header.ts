/**
 * Prints or writes the Content-Security-Policy header line for nginx from a built site.
 * `astro build` already writes it beside the output folder (dist/ → dist.csp.conf, see
 * src/integrations/csp-header.ts); this entry point regenerates it for any dist/.
 *
 * Usage: node deploy/csp-header.ts [--dist dist] [--out path/csp.conf]
 * Without --out it prints the policy.
 */
import { writeFileSync } from 'node:fs';
import { cspForDist, nginxLine } from '../src/integrations/csp-header.ts';

export * from '../src/integrations/csp-header.ts';

if (import.meta.main) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    const policy = cspForDist(opt('--dist') ?? 'dist');
    const out = opt('--out');
    if (out) writeFileSync(out, nginxLine(policy));
    else process.stdout.write(policy + '\n');
  } catch (e) {
    process.stderr.write(`csp-header: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}

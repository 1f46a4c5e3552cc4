/**
 * Makes sure a Chromium exists for the end-to-end tests. Playwright cannot
 * download browsers here, so we use Debian's: installed with apt when we are
 * root, otherwise we stop with a message naming the fix.
 */
import { execFileSync } from 'node:child_process';
import { chromiumPath } from './lib/chromium.ts';

const found = chromiumPath();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const isRoot = process.getuid?.() === 0;
let hasApt = false;
try {
  execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (!isRoot || !hasApt) {
  console.error(
    'No Chromium found for the end-to-end tests.\n' +
      "Fix: install Debian's Chromium (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.",
  );
  process.exit(1);
}
console.log("Installing Debian's Chromium (apt-get install chromium)…");
execFileSync('apt-get', ['update'], { stdio: 'inherit' });
execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
const installed = chromiumPath();
if (!installed) {
  console.error('apt-get finished but no Chromium binary was found. Set CHROMIUM_PATH.');
  process.exit(1);
}
console.log(`Chromium: ${installed}`);

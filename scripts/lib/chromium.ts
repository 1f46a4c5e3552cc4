/** Finds the Chromium the end-to-end tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
import { existsSync } from 'node:fs';

/** Candidate paths, in order of preference. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The first Chromium found, or undefined. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/** The flags a closed network and a root user need (no sandbox, no GPU, no calls home). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright's chromium: the Chromium found above (else Playwright's own) and the flags. */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): { executablePath?: string; args: string[] } {
  const executablePath = chromiumPath(env);
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] };
}

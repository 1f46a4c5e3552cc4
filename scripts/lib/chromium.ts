/** Finds the Chromium the end-to-end tests drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
import { existsSync } from 'node:fs';

/** Candidate paths, in order of preference. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

/** The first Chromium found, or undefined. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

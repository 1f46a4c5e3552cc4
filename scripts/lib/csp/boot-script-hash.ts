/** The CSP hash of the inline pre-paint script (src/lib/display-prefs.ts), for astro.config.mjs. Node only. */
import { createHash } from 'node:crypto';
import { bootScript } from '../../../src/lib/display-prefs.ts';

/** CSP source expression for the boot script. */
export const bootScriptHash = `sha256-${createHash('sha256').update(bootScript).digest('base64')}` as `sha256-${string}`;

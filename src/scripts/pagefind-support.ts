/**
 * Whether this engine can run Pagefind: shared by the search page (search.ts) and the
 * header's warm-up (search-warm.ts), kept apart so the header's bundle stays small.
 */
/**
 * Pagefind 1.6's engine is WebAssembly that returns several values and uses several tables
 * (Chromium 85 and 96, Safari 15): an older engine fails to compile it inside Pagefind's worker,
 * an uncaught error with the page half-started. This 25-byte module uses both, so validating it
 * tells beforehand (graded support: no engine names, no user-agent sniffing). Such an engine
 * searches the small fallback index instead (src/lib/search-fallback.ts).
 */
const PAGEFIND_WASM_PROBE = [0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 6, 1, 0x60, 0, 2, 0x7f, 0x7f, 4, 7, 2, 0x70, 0, 0, 0x70, 0, 0];

/** True when this engine can run Pagefind's WebAssembly. */
export function canRunPagefind(): boolean {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(new Uint8Array(PAGEFIND_WASM_PROBE));
  } catch {
    return false;
  }
}

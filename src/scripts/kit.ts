/**
 * The one way page scripts start (style.md habit 14, after GOV.UK Frontend's
 * component.mjs and i18n.mjs):
 *
 *   enhance('station-finder', { locate: ['[data-finder-locate]', HTMLButtonElement] }, ({ root, parts, text }) => …)
 *
 * finds every `[data-station-finder]`, skips one already started (marked
 * `data-station-finder-init`), looks up the required parts inside it and only then
 * marks it and calls `init`. A missing or mistyped part is markup drift: it throws
 * in development and tests, and in production logs a console error and leaves the
 * element alone, so the page's no-JavaScript path stands.
 *
 * `text(key, vars)` reads the element's `data-i18n-<key>` string and fills its
 * `{placeholders}` with the same function as t() in src/i18n (src/i18n/fill.ts).
 *
 * Pages load one script, src/scripts/site.ts, which calls each enhancement's starter through
 * start() (isolated: one failing does not stop the next) or, for page-specific code, through
 * startWhere() (a dynamic import() only where the marker is on the page).
 */
import { fill } from '../i18n/fill.ts';

/** A required part: a selector, or a selector and the element type it must be. */
export type PartSpec = string | readonly [selector: string, type: abstract new () => Element];
type PartOf<S> = S extends readonly [string, abstract new () => infer E] ? E : HTMLElement;
/** The parts found, typed by their specs. */
export type Parts<S extends Record<string, PartSpec>> = { [K in keyof S]: PartOf<S[K]> };

/** What init receives. */
export interface Enhanced<S extends Record<string, PartSpec>> {
  root: HTMLElement;
  parts: Parts<S>;
  /** The root's data-i18n-<key> string (key in kebab- or camelCase), placeholders filled. */
  text: (key: string, vars?: Record<string, string | number>) => string;
}

/** Markup the script needs is not there (GOV.UK's ElementError). */
export class MarkupError extends Error {
  constructor(message: string) {
    super(message);
    // Set here, not as a class field: Safari 12.2 (the browser floor) has no class fields.
    this.name = 'MarkupError';
  }
}

/** True while developing or testing: markup drift must stop the work there. */
function strict(): boolean {
  return import.meta.env.DEV || import.meta.env.MODE === 'test';
}

/**
 * A page script did not start: take html.js off, so the parts the boot script showed or hid for
 * it (data-js-shown / data-js-hidden in global.css: the no-JavaScript help, the finder) go back to
 * their no-JavaScript state instead of leaving controls that do nothing.
 */
export function withoutScript(): void {
  document.documentElement.classList.remove('js');
}

/** Throws in development and tests; in production logs, restores the no-JavaScript page and carries on. */
export function report(error: MarkupError): void {
  withoutScript();
  if (strict()) throw error;
  console.error(error);
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The i18n helper for one element: `data-i18n-<key>` with placeholders filled; a missing string is reported. */
export function i18n(root: Element, where = root.tagName.toLowerCase()): Enhanced<Record<string, PartSpec>>['text'] {
  return (key, vars) => {
    const attr = `data-i18n-${kebab(key)}`;
    const template = root.getAttribute(attr);
    if (template === null) {
      report(new MarkupError(`${where}: missing ${attr}`));
      return '';
    }
    return fill(template, vars);
  };
}

/** Looks up every part inside root; throws a MarkupError naming the first missing or mistyped one. */
export function findParts<S extends Record<string, PartSpec>>(root: ParentNode, name: string, specs: S): Parts<S> {
  const out: Record<string, Element> = {};
  for (const [key, spec] of Object.entries(specs)) {
    const [selector, type] = typeof spec === 'string' ? [spec, HTMLElement] : spec;
    const found = root.querySelector(selector);
    if (!found) throw new MarkupError(`[data-${name}]: required part ${key} (${selector}) is missing`);
    if (!(found instanceof type))
      throw new MarkupError(`[data-${name}]: part ${key} (${selector}) is a <${(found as Element).tagName.toLowerCase()}>, not a ${type.name}`);
    out[key] = found;
  }
  return out as Parts<S>;
}

/**
 * Starts `init` once on every `[data-<name>]` element whose required parts are there.
 * Returns the roots started by this call.
 */
export function enhance<S extends Record<string, PartSpec>>(name: string, specs: S, init: (ctx: Enhanced<S>) => void): HTMLElement[] {
  const started: HTMLElement[] = [];
  const mark = `data-${name}-init`;
  for (const root of document.querySelectorAll<HTMLElement>(`[data-${name}]`)) {
    if (root.hasAttribute(mark)) continue;
    let parts: Parts<S>;
    try {
      parts = findParts(root, name, specs);
    } catch (error) {
      if (!(error instanceof MarkupError)) throw error;
      report(error);
      continue;
    }
    root.setAttribute(mark, '');
    init({ root, parts, text: i18n(root, `[data-${name}]`) });
    started.push(root);
  }
  return started;
}

/**
 * Rethrows on a task of its own: the error still surfaces (console, window.onerror, a test's
 * pageerror) but cannot stop what runs after it in the same script.
 */
function rethrow(error: unknown): void {
  setTimeout(() => {
    throw error;
  });
}

/**
 * Runs one enhancement's starter, so that its failure cannot stop the others: every page's
 * enhancements share one script (src/scripts/site.ts), and the quick exit must start whatever
 * else breaks. Markup drift still throws in development and tests, only on its own task.
 */
export function start(init: () => void): void {
  try {
    init();
  } catch (error) {
    rethrow(error);
  }
}

/**
 * Starts a page-specific enhancement only where its marker is on the page. `load` wraps a
 * dynamic import(), so the code is a file of its own that only the pages using it fetch,
 * sharing this kit with the entry script instead of bringing a copy.
 */
export function startWhere(selector: string, load: () => Promise<unknown>): boolean {
  if (!document.querySelector(selector)) return false;
  load().catch((error: unknown) => {
    // Its file did not arrive (a dropped connection, a deploy in between) or it failed to start.
    withoutScript();
    rethrow(error);
  });
  return true;
}

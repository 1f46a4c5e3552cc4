/**
 * Uses of CSS and JS the browser floor lacks that were checked and are safe: each degrades to
 * something that still reads and works, or only runs after a feature check. The compat check
 * fails on any use not listed here. Keep each reason honest; remove entries that no longer match.
 * tests/compat (Chromium 80 and 92) proves the styling and the journeys these reasons rely on.
 */
export interface Allowance {
  /** doiuse feature id or ESLint rule id; '*' for any. */
  feature: string;
  /** Only in files matching this (path under dist/). */
  file?: RegExp;
  /** Only findings whose message matches this. */
  message?: RegExp;
  /** Why this is fine on the floor. */
  reason: string;
}

/** Pagefind's own UI bundles: the site has its own search page and never loads them. */
const PAGEFIND_UI = /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;
/** Pagefind's engine: imported only after canRunPagefind() (src/scripts/search.ts) says yes. */
const PAGEFIND_ENGINE = /^pagefind\/pagefind(-worker)?\.js$/;

export const ALLOWED_CSS: readonly Allowance[] = [
  { feature: '*', file: PAGEFIND_UI, reason: 'not loaded by any page' },
  {
    feature: 'css-not-sel-list',
    reason: 'misread: the only :not() lists are the cascade-layer boosts :not(#\\#), one ID each, which Chromium 80 applies (tests/compat)',
  },
  {
    feature: 'css-matches-pseudo',
    reason:
      ":where()/:is() only in Tailwind's preflight details (abbr, optgroup, [hidden=until-found]) and component rules Lightning CSS also writes with -webkit-any(); the site's own [hidden] rule and tests/compat cover the rest",
  },
  { feature: 'css-math-functions', reason: 'min() (Chromium 79, Safari 11.1) in one width; the other hits are grid minmax(), which is not a math function' },
  {
    feature: 'css-overflow',
    reason: "only overflow-x:auto / hidden / visible, which the floor has; caniuse's partial note is about overflow:clip and overlay",
  },
  { feature: 'multicolumn', reason: 'no columns: column-gap (grid/flex) and break-inside/break-after in print rules, which degrade to normal breaking' },
  { feature: 'text-decoration', reason: 'text-decoration-thickness and dotted abbr underlines: older engines draw a plain underline' },
  { feature: 'text-size-adjust', reason: '-webkit-text-size-adjust is written beside it for Safari' },
  { feature: 'css-text-indent', reason: 'text-indent:0 in the preflight; partial support concerns keywords not used here' },
  { feature: 'css3-tabsize', reason: 'tab-size in the preflight; no tabs in the content' },
  {
    feature: 'css-sticky',
    reason:
      "position:sticky only on the header bar (a block element); the floor's partial support concerns table parts (Chromium < 91); where it is missing the bar scrolls away with the page (tests/compat)",
  },
  { feature: 'css-paged-media', reason: "@page only in the action cards' print rules: an engine without it prints with its default page margins" },
  { feature: 'css-appearance', reason: '-webkit-appearance is written beside appearance (Lightning CSS prefixes it)' },
  {
    feature: 'css-focus-visible',
    reason:
      "src/styles/global.css draws the focus ring on :focus and only takes it back in :focus:not(:focus-visible), which older engines drop, so they ring every focus; the map's extra highlight falls back to that ring",
  },
  {
    feature: 'css-clip-path',
    reason: '.sr-only: Safari < 13.1 ignores clip-path:inset(50%), and the text stays hidden in its 1×1 px box with overflow:hidden',
  },
  { feature: 'css-masks', message: /CSS Masks/, reason: 'same .sr-only clip-path (caniuse files clip-path under masks too)' },
  { feature: 'css-display-contents', reason: 'Tailwind generates .contents from a word in the source; no element uses the class' },
  { feature: 'css-resize', reason: 'textarea resize handle: absent on iOS, nothing depends on it' },
  { feature: 'css-scroll-behavior', reason: 'smooth scrolling: older engines jump, which is fine' },
  { feature: 'extended-system-fonts', reason: 'ui-monospace is first in a font stack that goes on to Menlo, Consolas, monospace' },
  {
    feature: 'flexbox-gap',
    reason:
      'flex gap (Chromium 84, Safari 14.1): the boot script marks engines without it with .no-flex-gap, and global.css spaces the flex rows with margins there (tests/compat sees the spacing in Chromium 80)',
  },
];

export const ALLOWED_JS: readonly Allowance[] = [
  { feature: '*', file: PAGEFIND_UI, reason: 'not loaded by any page' },
  {
    feature: '*',
    file: PAGEFIND_ENGINE,
    reason:
      'loaded only where canRunPagefind() validates its WebAssembly (multi-value and reference types: Chromium 96, Safari 15), i.e. engines that also have ?. and ?? and FinalizationRegistry (which it checks with typeof anyway)',
  },
  { feature: 'compat/compat', message: /Intl\.Segmenter/, reason: 'src/lib/search-query.ts checks typeof Intl.Segmenter and splits at spaces without it' },
  { feature: 'floor/missing-method', message: /Intl\.Segmenter\.segment/, reason: 'the same guarded Intl.Segmenter' },
];

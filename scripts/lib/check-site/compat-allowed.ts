/**
 * Uses of CSS and JS the browser floor lacks that were checked and are safe: each degrades to
 * something that still reads and works (or only runs after a feature check). The compat check
 * fails on any use not listed here. Keep the reason honest; remove entries that no longer match.
 */
export interface Allowance {
  /** doiuse feature id, or ESLint rule id. */
  feature: string;
  /** Only in files matching this (path under dist/). */
  file?: RegExp;
  /** Only findings whose message matches this. */
  message?: RegExp;
  /** Why this is fine on the floor. */
  reason: string;
}

export const ALLOWED_CSS: readonly Allowance[] = [];

export const ALLOWED_JS: readonly Allowance[] = [];

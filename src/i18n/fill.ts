/**
 * Fills `{name}` placeholders in a UI string. The one fill function: `t()` uses it at
 * build time and the page scripts use it (through src/scripts/kit.ts) for the
 * data-i18n-* strings, so a placeholder means the same everywhere. A placeholder
 * with no value is left as it is, so a missing value shows instead of vanishing.
 */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

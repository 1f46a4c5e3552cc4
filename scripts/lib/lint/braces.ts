/**
 * Finds the end of a `{…}` expression starting at `i` (on `{`), respecting strings and
 * template literals; -1 if it is not closed before `limit`. Shared by the MDX guard and
 * the lint's source reader, which must agree on where an expression ends.
 */
export function matchBrace(text: string, i: number, limit = text.length): number {
  let depth = 0;
  let quote = '';
  for (let j = i; j < limit; j++) {
    const c = text[j]!;
    if (quote) {
      if (c === '\\') j++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j + 1;
  }
  return -1;
}

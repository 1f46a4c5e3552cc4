/**
 * Reading time for Chinese text. Plain-language readers, many elderly, read
 * roughly 300 Chinese characters a minute; Latin words count as one unit each.
 */
export const CHARS_PER_MINUTE = 300;

/** Counts Chinese characters plus Latin/number words, ignoring markup and MDX tags. */
export function countReadingUnits(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk + words;
}

/** Whole minutes to read, at least 1. */
export function readingMinutes(source: string, perMinute = CHARS_PER_MINUTE): number {
  return Math.max(1, Math.round(countReadingUnits(source) / perMinute));
}

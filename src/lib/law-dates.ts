/**
 * The dates a reader is shown for a cited law: when the cited text took effect,
 * then each later amendment labelled 修正 or 修订, from the law dictionary.
 */

/** A later change of a law, as recorded in content/laws/<id>.yaml. */
export interface Amendment {
  /** ISO date of the amendment. */
  date: string;
  label: '修正' | '修订';
}

/** What the date line needs from a dictionary entry. */
export interface LawDates {
  inForce: string;
  amended?: Amendment[] | undefined;
  status: 'current' | 'superseded';
}

/**
 * The effective date to show, and the amendments after it (oldest first).
 * The dictionary wins over the article's own `effective` when both exist, so
 * one source states when a law's cited text took effect.
 */
export function lawDateParts(effective: string, entry?: LawDates): { inForce: string; amendments: Amendment[]; superseded: boolean } {
  const inForce = entry?.inForce ?? effective;
  const amendments = [...(entry?.amended ?? [])].filter((a) => a.date > inForce).sort((a, b) => a.date.localeCompare(b.date));
  return { inForce, amendments, superseded: entry?.status === 'superseded' };
}

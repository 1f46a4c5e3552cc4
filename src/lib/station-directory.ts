/**
 * Pure helpers behind the 服务站点 directory: the "离我最近" search, the editors' build
 * warnings about unverified entries, and the "报告错误" mail link.
 * No DOM or Node dependencies: the nearest search runs in the browser, on the device.
 */
import { daysBetween } from './shanghai-time.ts';
import { classifyPosition, rankByDistance, type BBox, type LatLng, type Position, type Ranked } from './geo.ts';

/** The service area, as in `site.region`. */
export interface Region {
  bbox: BBox;
  /** A position further than this outside the box counts as far away. */
  farKm: number;
}

/** Result of {@link findNearest}. */
export type NearestResult<T> =
  | { position: 'far' }
  | { position: Exclude<Position, 'far'>; ranked: Array<Ranked<T> & { highlighted: boolean }> };

/** How many of the nearest located places are highlighted. */
export const HIGHLIGHT_COUNT = 3;

/**
 * Ranks places by great-circle distance from `origin` (nearest first, places without
 * coordinates last) and marks the nearest {@link HIGHLIGHT_COUNT} located ones. When the
 * origin is far outside the region the result carries no list at all: a "nearest" place
 * hundreds of kilometres away helps nobody, the hotlines do.
 */
export function findNearest<T extends { coordinates?: LatLng | null }>(
  origin: LatLng,
  places: readonly T[],
  region: Region,
): NearestResult<T> {
  const position = classifyPosition(origin, region.bbox, region.farKm);
  if (position === 'far') return { position };
  const ranked = rankByDistance(origin, places).map((p, i) => ({
    ...p,
    highlighted: p.distanceKm !== null && i < HIGHLIGHT_COUNT,
  }));
  return { position, ranked };
}

/** What {@link verificationWarnings} needs from an entry. */
export interface VerifiableEntry {
  /** Path of the content file, for the message. */
  file: string;
  verification: { status: 'unverified' } | { status: 'verified'; lastVerified: string };
}

/** An entry editors should re-check: never verified, or verified too long ago. */
export interface VerificationWarning {
  file: string;
  reason: 'unverified' | 'stale';
  /** Days since the last verification (stale entries only). */
  ageDays?: number;
}

/** Entries older than this many days since verification are flagged. */
export const MAX_VERIFICATION_AGE_DAYS = 180;


/**
 * Entries that are unverified, or whose `lastVerified` is more than `maxAgeDays` before
 * `today` (both `YYYY-MM-DD`, Beijing dates), in input order.
 */
export function verificationWarnings(
  entries: readonly VerifiableEntry[],
  today: string,
  maxAgeDays = MAX_VERIFICATION_AGE_DAYS,
): VerificationWarning[] {
  const out: VerificationWarning[] = [];
  for (const { file, verification: v } of entries) {
    if (v.status === 'unverified') {
      out.push({ file, reason: 'unverified' });
      continue;
    }
    const ageDays = daysBetween(v.lastVerified, today);
    if (ageDays > maxAgeDays) out.push({ file, reason: 'stale', ageDays });
  }
  return out;
}

/** One build-log message (Chinese, for editors) listing every warning, or null when there are none. */
export function formatVerificationWarnings(warnings: readonly VerificationWarning[], maxAgeDays = MAX_VERIFICATION_AGE_DAYS): string | null {
  if (warnings.length === 0) return null;
  const lines = warnings.map((w) =>
    w.reason === 'unverified' ? `  ${w.file}：尚未核实` : `  ${w.file}：上次核实已是 ${w.ageDays} 天前`,
  );
  return `[服务站点] 有 ${warnings.length} 个站点未核实或超过 ${maxAgeDays} 天未核实（页面上会如实标明）。修改建议：打电话或实地核实后，把 verification 改为 { status: verified, by: "…", lastVerified: "YYYY-MM-DD" }。\n${lines.join('\n')}`;
}

/** A `mailto:` link with a prefilled subject and body (RFC 6068: spaces as %20, line breaks as %0D%0A). */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${enc(subject)}&body=${enc(body)}`;
}

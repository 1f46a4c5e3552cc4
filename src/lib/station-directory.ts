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
export type NearestResult<T> = { position: 'far' } | { position: Exclude<Position, 'far'>; ranked: Array<Ranked<T> & { highlighted: boolean }> };

/** How many of the nearest located places are highlighted. */
export const HIGHLIGHT_COUNT = 3;

/**
 * A place further than this is never badged "离你较近": 25 km from 沙埕 to the city is an
 * hour's trip, not "near". About the size of a township in 福鼎.
 */
export const NEAR_KM = 8;

/** Options for {@link findNearest}. */
export interface NearestOptions {
  /** The origin is itself approximate (a township's centre, not the device's position). */
  originApproximate?: boolean;
  /** Largest distance that may be called near (default {@link NEAR_KM}). */
  nearKm?: number;
}

/**
 * Ranks places by great-circle distance from `origin` (nearest first, places without
 * coordinates last). Of the nearest {@link HIGHLIGHT_COUNT} located ones, a place is
 * highlighted ("离你较近") only when the claim is honest: its position is exact (not an
 * approximate centre), the origin is the reader's own position, and it is within `nearKm`.
 * When the origin is far outside the region the result carries no list at all: a "nearest"
 * place hundreds of kilometres away helps nobody, the hotlines do.
 */
export function findNearest<T extends { coordinates?: (LatLng & { approximate?: boolean }) | null }>(
  origin: LatLng,
  places: readonly T[],
  region: Region,
  { originApproximate = false, nearKm = NEAR_KM }: NearestOptions = {},
): NearestResult<T> {
  const position = classifyPosition(origin, region.bbox, region.farKm);
  if (position === 'far') return { position };
  const ranked = rankByDistance(origin, places).map((p, i) => ({
    ...p,
    highlighted: p.distanceKm !== null && i < HIGHLIGHT_COUNT && !originApproximate && !p.coordinates?.approximate && p.distanceKm <= nearKm,
  }));
  return { position, ranked };
}

/** What the directory needs to know of an entry to decide whether it is a place. */
export interface DirectoryEntry {
  kind: string;
}

/** Kinds that are reached in person or by post; a hotline is a number, listed with the hotlines. */
export const isListedPlace = (entry: DirectoryEntry): boolean => entry.kind !== 'hotline';

/** Kinds that count towards the township workrooms (工作所（室）) of the report. */
export const TOWNSHIP_WORKROOM_KINDS: readonly string[] = ['workroom', 'cooperation-office'];

/**
 * How many township workrooms are known to exist but have no entry yet (shown as one line,
 * "另有 N 个乡镇工作室，名称和地点待公布"): the configured total minus the listed workrooms,
 * never below zero. Adding an entry for a newly named workroom lowers it by itself.
 */
export function unlistedWorkrooms(total: number, entries: readonly DirectoryEntry[]): number {
  const listed = entries.filter((e) => TOWNSHIP_WORKROOM_KINDS.includes(e.kind)).length;
  return Math.max(0, total - listed);
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
export function verificationWarnings(entries: readonly VerifiableEntry[], today: string, maxAgeDays = MAX_VERIFICATION_AGE_DAYS): VerificationWarning[] {
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
  const lines = warnings.map((w) => (w.reason === 'unverified' ? `  ${w.file}：尚未核实` : `  ${w.file}：上次核实已是 ${w.ageDays} 天前`));
  return `[服务站点] 有 ${warnings.length} 个站点未核实或超过 ${maxAgeDays} 天未核实（页面上会如实标明）。修改建议：打电话或实地核实后，把 verification 改为 { status: verified, by: "…", lastVerified: "YYYY-MM-DD" }。\n${lines.join('\n')}`;
}

/** A `mailto:` link with a prefilled subject and body (RFC 6068: spaces as %20, line breaks as %0D%0A). */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${to}?subject=${enc(subject)}&body=${enc(body)}`;
}

/**
 * Small, dependency-free geometry helpers for the station directory.
 *
 * All coordinates are plain WGS-84 latitude/longitude in decimal degrees.
 * The module has no Node or DOM dependencies, so it can run at build time
 * and in the browser ("find the nearest station" widget).
 */

/** A point on the earth in decimal degrees (WGS-84). */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A latitude/longitude bounding box in decimal degrees (WGS-84). */
export interface BBox {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Where a position lies relative to the service area box. */
export type Position = 'inside' | 'near' | 'far';

/** Options for {@link rankByDistance}. */
export interface RankOptions {
  /** Keep at most this many results (after sorting); places without coordinates count too. */
  limit?: number;
}

/** A place as returned by {@link rankByDistance}: the original fields plus `distanceKm`. */
export type Ranked<T> = T & { distanceKm: number | null };

/** Mean earth radius in kilometres (IUGG), used by {@link haversineKm}. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRad = (deg: number): number => (deg * Math.PI) / 180;

/** Great-circle distance between two points in kilometres (haversine formula). */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = toRad(b.lat - a.lat);
  const dLng = toRad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** True when the point lies inside the box or on its edge. */
export function isInBox(point: LatLng, bbox: BBox): boolean {
  return point.lat >= bbox.south && point.lat <= bbox.north && point.lng >= bbox.west && point.lng <= bbox.east;
}

/** True when the value is a usable coordinate pair (finite numbers in range). */
export function isValidLatLng(value: unknown): value is LatLng {
  if (typeof value !== 'object' || value === null) return false;
  const { lat, lng } = value as { lat?: unknown; lng?: unknown };
  return typeof lat === 'number' && typeof lng === 'number' && Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
}

/**
 * Sorts places by distance from `origin`, nearest first.
 * Places without (valid) `coordinates` go last, in their original order, with `distanceKm: null`.
 * Ties keep the original order (the sort is stable). The input array is not modified.
 */
export function rankByDistance<T extends { coordinates?: LatLng | null }>(origin: LatLng, places: readonly T[], options: RankOptions = {}): Array<Ranked<T>> {
  const located: Array<Ranked<T>> = [];
  const unlocated: Array<Ranked<T>> = [];
  for (const place of places) {
    if (isValidLatLng(place.coordinates)) {
      located.push({ ...place, distanceKm: haversineKm(origin, place.coordinates) });
    } else {
      unlocated.push({ ...place, distanceKm: null });
    }
  }
  located.sort((x, y) => (x.distanceKm as number) - (y.distanceKm as number));
  const ranked = [...located, ...unlocated];
  const { limit } = options;
  return limit === undefined ? ranked : ranked.slice(0, Math.max(0, Math.floor(limit)));
}

/**
 * Shortest distance in kilometres from a point to a box (0 when inside).
 * Uses the nearest point of the box (clamped latitude/longitude), which is exact enough
 * for boxes of a few tens of kilometres.
 */
export function distanceToBoxKm(point: LatLng, bbox: BBox): number {
  if (isInBox(point, bbox)) return 0;
  const nearest: LatLng = {
    lat: Math.min(Math.max(point.lat, bbox.south), bbox.north),
    lng: Math.min(Math.max(point.lng, bbox.west), bbox.east),
  };
  return haversineKm(point, nearest);
}

/**
 * Classifies a position against the service area: `inside` the box, `near` it
 * (at most `maxKmOutside` km outside), or `far` — in which case the UI should show
 * the hotlines rather than a "nearest station" hundreds of kilometres away.
 */
export function classifyPosition(origin: LatLng, bbox: BBox, maxKmOutside: number): Position {
  if (isInBox(origin, bbox)) return 'inside';
  return distanceToBoxKm(origin, bbox) <= maxKmOutside ? 'near' : 'far';
}

/**
 * Formats a distance for display in Chinese: under 1 km in whole metres rounded to 10
 * ("850 米"), under 10 km with one decimal ("3.2 公里"), otherwise in whole kilometres ("25 公里").
 */
export function formatDistance(km: number): string {
  if (!Number.isFinite(km) || km < 0) return '';
  if (km < 1) {
    const metres = Math.round((km * 1000) / 10) * 10;
    // 995 m and above would round to "1000 米": show it as kilometres instead.
    if (metres < 1000) return `${metres} 米`;
  }
  if (km < 10) {
    const tenths = Math.round(km * 10) / 10;
    if (tenths < 10) return `${tenths.toFixed(1)} 公里`;
  }
  return `${Math.round(km)} 公里`;
}

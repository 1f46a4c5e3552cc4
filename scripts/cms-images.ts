/**
 * Checks the pictures editors upload (public/uploads/ by default): each must be
 * at most 1 MB and must not carry a location. JPEG and PNG files are cleaned in
 * place (EXIF/XMP removed, pixels untouched); other formats with a location,
 * and files that are too large, are errors with a fix hint.
 * Usage: npm run cms:images [-- --check] [folder…]   (--check reports without changing files)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MAX_UPLOAD_BYTES } from './lib/cms/config-from-schema.ts';
import { stripMetadata } from './lib/cms/strip-metadata.ts';
import { isImageFile, readGps } from './lib/lint/rules/privacy-image-gps.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const check = args.includes('--check');
const dirs = args.filter((a) => !a.startsWith('--'));
const files: string[] = [];
const walk = (d: string): void => {
  let entries;
  try {
    entries = readdirSync(d, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.isDirectory()) walk(join(d, e.name));
    // By content, not by name: a renamed photo still carries its GPS position.
    else if (isImageFile(join(d, e.name))) files.push(join(d, e.name));
  }
};
for (const d of dirs.length ? dirs : ['public/uploads']) walk(resolve(root, d));

let errors = 0;
for (const file of files) {
  const rel = relative(root, file);
  const size = statSync(file).size;
  if (size > MAX_UPLOAD_BYTES) {
    errors++;
    process.stderr.write(
      `${rel}：图片有 ${(size / 1_048_576).toFixed(1)} MB，超过 1 MB 的上限。修改建议：用图片工具把长边缩到 1600 像素以内、以 JPEG 质量 80 左右重新导出，再替换文件。\n`,
    );
  }
  if (!(await readGps(file))) continue;
  const stripped = check ? undefined : stripMetadata(file, readFileSync(file));
  if (stripped && !(await readGpsOf(stripped, file))) {
    writeFileSync(file, stripped);
    process.stdout.write(`${rel}：已去除图片里的拍摄位置（GPS）等信息。\n`);
  } else {
    errors++;
    process.stderr.write(
      `${rel}：图片里带有拍摄地点的 GPS 坐标。修改建议：${check ? '运行 npm run cms:images 自动去除，或' : ''}用图片工具的“删除位置信息/EXIF”重新导出后替换文件。\n`,
    );
  }
}
process.exitCode = errors ? 1 : 0;

/** GPS of a buffer, through the same reader the lint uses (it reads files). */
async function readGpsOf(buf: Buffer, like: string): Promise<boolean> {
  const tmp = `${like}.gardenia-check`;
  writeFileSync(tmp, buf);
  try {
    return (await readGps(tmp)) !== undefined;
  } finally {
    (await import('node:fs')).rmSync(tmp, { force: true });
  }
}

/**
 * Writes docs/fields.md, the field reference generated from the schemas.
 * Usage: npm run docs:fields            (regenerate)
 *        npm run docs:fields -- --check (exit 1 when docs/fields.md is out of date)
 * The logic lives in scripts/lib/fields/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
// Registered before the rest loads, so GARDENIA_SITE_CONFIG applies (static imports would resolve first).
import './lib/site-config/register.ts';

const { schemas } = await import('../src/content.config.ts');
const { generate } = await import('./lib/fields/field-reference.ts');

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'docs/fields.md');
const text = generate(schemas, resolve(root, 'src/content.config.ts'));

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    process.stderr.write(
      'docs/fields.md 已过期：内容规范（src/content.config.ts）改过了，字段参考没有更新。修改建议：运行 npm run docs:fields，并把 docs/fields.md 一起提交。\n',
    );
    process.exitCode = 1;
  } else process.stdout.write('docs/fields.md 是最新的。\n');
} else {
  writeFileSync(target, text, 'utf8');
  process.stdout.write('已生成 docs/fields.md\n');
}

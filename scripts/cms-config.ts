/**
 * Writes scripts/lib/cms/config.yml (served as /admin/config.yml; kept out of public/
 * so the content lint, which reads every YAML file there, does not take it for content), the browser editor's configuration,
 * generated from the schemas in src/content.config.ts.
 * Usage: npm run cms:config            (regenerate)
 *        npm run cms:config -- --check (exit 1 when config.yml is out of date)
 * The logic lives in scripts/lib/cms/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cmsConfigText } from './lib/cms/config-file.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'scripts/lib/cms/config.yml');
const text = cmsConfigText(root);

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== text) {
    process.stderr.write(
      'scripts/lib/cms/config.yml 已过期：内容规范（src/content.config.ts）或 content/ 的栏目改过了，浏览器编辑器的配置没有更新。修改建议：运行 npm run cms:config，并把 scripts/lib/cms/config.yml 一起提交。\n',
    );
    process.exitCode = 1;
  } else process.stdout.write('scripts/lib/cms/config.yml 是最新的。\n');
} else {
  writeFileSync(target, text, 'utf8');
  process.stdout.write('已生成 scripts/lib/cms/config.yml\n');
}

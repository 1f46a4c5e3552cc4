/**
 * The browser editor on this computer, editing this checkout's content/.
 * Usage: npm run edit [-- --checkout <dir>]
 * Environment: GARDENIA_EDIT_PORT (page, default 8210), GARDENIA_CMS_PROXY_PORT (Decap's proxy, default 8211).
 * Open the address it prints; stop with Ctrl+C. Saved entries are files in content/: review them with
 * `git diff`, run `npm run lint:content`, then commit and push (see docs/editors.md).
 * The logic lives in scripts/lib/cms/edit-server.ts.
 */
import { resolve } from 'node:path';
import { checkoutPath, startEditor } from './lib/cms/edit-server.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const i = process.argv.indexOf('--checkout');
const session = await startEditor({
  repoRoot,
  checkout: checkoutPath(i > 0 ? process.argv[i + 1] : undefined, repoRoot),
  port: Number(process.env.GARDENIA_EDIT_PORT ?? 8210),
  proxyPort: Number(process.env.GARDENIA_CMS_PROXY_PORT ?? 8211),
});
process.stdout.write(`浏览器编辑器已启动：${session.url}\n在浏览器里打开这个地址；按 Ctrl+C 停止。\n`);
let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    void session.stop().then(() => process.exit(0));
  });
}

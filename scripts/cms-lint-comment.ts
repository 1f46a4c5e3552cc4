/**
 * CI step for merge requests: posts the content lint's findings as one Chinese
 * comment on the merge request (GitLab) or pull request (Gitea/Forgejo).
 * Usage: npm run -s lint:content -- --format json > lint.json; npm run cms:lint-comment -- lint.json [--dry-run]
 * Needs GARDENIA_BOT_TOKEN (a bot account's token that may comment); without it, or with
 * --dry-run, it prints the comment instead. Exits 1 when the findings include an error,
 * so the pipeline shows red as well. The logic lives in scripts/lib/cms/lint-comment.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cmsStrings } from './lib/cms/config-file.ts';
import { postComment, renderLintComment, targetFromEnv } from './lib/cms/lint-comment.ts';
import type { Finding } from './lib/lint/types.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const text = file ? readFileSync(file, 'utf8') : readFileSync(0, 'utf8');
const findings = JSON.parse(text.trim() || '[]') as Finding[];
const body = renderLintComment(findings, cmsStrings());
const eventPath = process.env.GITHUB_EVENT_PATH;
const event = eventPath && existsSync(eventPath) ? (JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: number } }) : undefined;
const target = args.includes('--dry-run') ? undefined : targetFromEnv(process.env, event);
if (target) {
  const result = await postComment(target, body);
  process.stdout.write(`检查结果已${result === 'created' ? '发表' : '更新'}在合并请求的评论里。\n`);
} else {
  process.stdout.write(body);
}
process.exitCode = findings.some((f) => f.severity === 'error') ? 1 : 0;

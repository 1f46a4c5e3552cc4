/**
 * Shows the content lint's findings where an editor who works in the browser
 * sees them: as one Chinese comment on the merge request (GitLab) or pull
 * request (Gitea/Forgejo), updated in place on every push. The CI job runs
 * `npm run lint:content -- --format json` and hands the JSON to this module.
 */
import type { Finding } from '../lint/types.ts';

/** Marks our comment so the next run edits it instead of adding another. */
export const MARKER = '<!-- gardenia-content-lint -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const fill = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));

/** The comment's Markdown, errors first. */
export function renderLintComment(findings: Finding[], strings: Record<string, string>, max = 50): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  const out = [MARKER, `### ${strings['cms.lint.title']}`, ''];
  if (findings.length === 0) return [...out, strings['cms.lint.clean']!, ''].join('\n');
  out.push(fill(strings['cms.lint.summary']!, { errors: errors.length, warnings: warnings.length }), '');
  out.push(`| | ${strings['cms.lint.where']} | ${strings['cms.lint.problem']} | ${strings['cms.lint.fix']} |`, '|---|---|---|---|');
  for (const f of [...errors, ...warnings].slice(0, max)) {
    const level = f.severity === 'error' ? `❌ ${strings['cms.lint.error']}` : `⚠️ ${strings['cms.lint.warning']}`;
    out.push(`| ${level} | \`${cell(f.file)}\` 第 ${f.line} 行 | ${cell(f.message)} | ${cell(f.hint)} |`);
  }
  if (findings.length > max) out.push('', fill(strings['cms.lint.more']!, { n: findings.length - max }));
  return [...out, ''].join('\n');
}

/** Where to post. */
export type Target =
  | { provider: 'gitlab'; api: string; token: string; project: string; mergeRequest: string }
  | { provider: 'gitea'; api: string; token: string; repo: string; pullRequest: string };

type Fetch = typeof fetch;

async function call(f: Fetch, url: string, init: RequestInit): Promise<unknown> {
  const r = await f(url, init);
  if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}

/** Creates the comment, or updates the one an earlier run left. */
export async function postComment(t: Target, body: string, f: Fetch = fetch): Promise<'created' | 'updated'> {
  const json = { 'content-type': 'application/json' };
  if (t.provider === 'gitlab') {
    const headers = { ...json, 'PRIVATE-TOKEN': t.token };
    const base = `${t.api}/projects/${encodeURIComponent(t.project)}/merge_requests/${t.mergeRequest}/notes`;
    const notes = (await call(f, `${base}?per_page=100&sort=asc`, { headers })) as { id: number; body: string }[];
    const mine = notes.find((n) => n.body.startsWith(MARKER));
    if (mine) {
      await call(f, `${base}/${mine.id}`, { method: 'PUT', headers, body: JSON.stringify({ body }) });
      return 'updated';
    }
    await call(f, base, { method: 'POST', headers, body: JSON.stringify({ body }) });
    return 'created';
  }
  const headers = { ...json, authorization: `token ${t.token}` };
  const base = `${t.api}/repos/${t.repo}/issues`;
  const comments = (await call(f, `${base}/${t.pullRequest}/comments`, { headers })) as { id: number; body: string }[];
  const mine = comments.find((c) => c.body.startsWith(MARKER));
  if (mine) {
    await call(f, `${base}/comments/${mine.id}`, { method: 'PATCH', headers, body: JSON.stringify({ body }) });
    return 'updated';
  }
  await call(f, `${base}/${t.pullRequest}/comments`, { method: 'POST', headers, body: JSON.stringify({ body }) });
  return 'created';
}

/**
 * Reads the target from the CI environment: GitLab CI's predefined variables, or
 * Gitea/Forgejo Actions' GitHub-compatible ones; the token is GARDENIA_BOT_TOKEN.
 */
export function targetFromEnv(env: NodeJS.ProcessEnv, event?: { pull_request?: { number?: number } }): Target | undefined {
  const token = env.GARDENIA_BOT_TOKEN;
  if (!token) return undefined;
  if (env.CI_API_V4_URL && env.CI_PROJECT_ID && env.CI_MERGE_REQUEST_IID)
    return { provider: 'gitlab', api: env.CI_API_V4_URL, token, project: env.CI_PROJECT_ID, mergeRequest: env.CI_MERGE_REQUEST_IID };
  const api = env.GITEA_API_URL ?? env.GITHUB_API_URL;
  const number = event?.pull_request?.number;
  if (api && env.GITHUB_REPOSITORY && number) return { provider: 'gitea', api, token, repo: env.GITHUB_REPOSITORY, pullRequest: String(number) };
  return undefined;
}

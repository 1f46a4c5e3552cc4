import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cmsStrings } from '../../../scripts/lib/cms/config-file.ts';
import { MARKER, postComment, renderLintComment, targetFromEnv } from '../../../scripts/lib/cms/lint-comment.ts';
import type { Finding } from '../../../scripts/lib/lint/types.ts';

const findings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/cms/lint-findings.json'), 'utf8')) as Finding[];
const strings = cmsStrings();

describe('renderLintComment', () => {
  it('lists errors before warnings, in Chinese, with file, line and fix hint', () => {
    const md = renderLintComment(findings, strings);
    expect(md.startsWith(MARKER)).toBe(true);
    expect(md).toContain('### 内容检查结果');
    expect(md).toContain('发现 2 个错误、1 个提醒。错误要改好才能发布。');
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('`content/cases/new-case.mdx` 第 12 行');
    expect(rows[0]).toContain('删除号码');
    expect(rows[2]).toMatch(/^\| ⚠️ 提醒/);
    // A pipe inside a message must not break the table.
    expect(rows[2]).toContain('半角逗号 \\| 应为全角');
  });
  it('says so when there is nothing to fix', () => {
    expect(renderLintComment([], strings)).toContain('内容检查通过：没有发现问题。');
  });
  it('cuts a long list and says how many were left out', () => {
    const many = Array.from({ length: 60 }, () => findings[0]!);
    expect(renderLintComment(many, strings, 50)).toContain('另有 10 条没有列出');
  });
});

/** A stand-in for the GitLab / Gitea API that records what it is sent. */
function fakeApi(existing: { id: number; body: string }[]) {
  const calls: { method: string; url: string; headers: Record<string, unknown>; body: unknown }[] = [];
  const server = createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      calls.push({ method: req.method!, url: req.url!, headers: req.headers, body: data ? JSON.parse(data) : undefined });
      res.setHeader('content-type', 'application/json');
      res.end(req.method === 'GET' ? JSON.stringify(existing) : '{}');
    });
  });
  return { server, calls };
}

let close: (() => void) | undefined;
afterEach(() => close?.());

async function listen(existing: { id: number; body: string }[]) {
  const api = fakeApi(existing);
  await new Promise<void>((ok) => api.server.listen(0, '127.0.0.1', ok));
  close = () => api.server.close();
  return { ...api, base: `http://127.0.0.1:${(api.server.address() as AddressInfo).port}` };
}

describe('postComment', () => {
  it('adds a note to a GitLab merge request with the bot token', async () => {
    const api = await listen([{ id: 1, body: '别人的评论' }]);
    const r = await postComment({ provider: 'gitlab', api: `${api.base}/api/v4`, token: 't0k', project: '12', mergeRequest: '7' }, 'BODY');
    expect(r).toBe('created');
    expect(api.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET /api/v4/projects/12/merge_requests/7/notes?per_page=100&sort=asc',
      'POST /api/v4/projects/12/merge_requests/7/notes',
    ]);
    expect(api.calls[1]!.headers['private-token']).toBe('t0k');
    expect(api.calls[1]!.body).toEqual({ body: 'BODY' });
  });
  it('updates its own earlier GitLab note instead of adding another', async () => {
    const api = await listen([{ id: 5, body: `${MARKER}\n旧结果` }]);
    expect(await postComment({ provider: 'gitlab', api: `${api.base}/api/v4`, token: 't', project: 'g/site', mergeRequest: '7' }, 'NEW')).toBe('updated');
    expect(api.calls[1]).toMatchObject({ method: 'PUT', url: '/api/v4/projects/g%2Fsite/merge_requests/7/notes/5', body: { body: 'NEW' } });
  });
  it('comments on a Gitea/Forgejo pull request, and edits its earlier comment', async () => {
    const api = await listen([]);
    expect(await postComment({ provider: 'gitea', api: `${api.base}/api/v1`, token: 'gt', repo: 'fuding/gardenia', pullRequest: '3' }, 'B')).toBe('created');
    expect(api.calls[1]).toMatchObject({ method: 'POST', url: '/api/v1/repos/fuding/gardenia/issues/3/comments' });
    expect(api.calls[1]!.headers.authorization).toBe('token gt');
    close?.();
    const again = await listen([{ id: 9, body: `${MARKER}\n旧` }]);
    expect(await postComment({ provider: 'gitea', api: `${again.base}/api/v1`, token: 'gt', repo: 'fuding/gardenia', pullRequest: '3' }, 'B2')).toBe('updated');
    expect(again.calls[1]).toMatchObject({ method: 'PATCH', url: '/api/v1/repos/fuding/gardenia/issues/comments/9' });
  });
});

describe('targetFromEnv', () => {
  it('reads GitLab CI variables', () => {
    expect(targetFromEnv({ GARDENIA_BOT_TOKEN: 'x', CI_API_V4_URL: 'https://git/api/v4', CI_PROJECT_ID: '4', CI_MERGE_REQUEST_IID: '2' })).toEqual({
      provider: 'gitlab',
      api: 'https://git/api/v4',
      token: 'x',
      project: '4',
      mergeRequest: '2',
    });
  });
  it('reads Gitea Actions variables and the pull request number from the event', () => {
    expect(
      targetFromEnv({ GARDENIA_BOT_TOKEN: 'x', GITHUB_API_URL: 'https://git/api/v1', GITHUB_REPOSITORY: 'a/b' }, { pull_request: { number: 8 } }),
    ).toMatchObject({ provider: 'gitea', repo: 'a/b', pullRequest: '8' });
  });
  it('has no target without a token', () => {
    expect(targetFromEnv({ CI_API_V4_URL: 'u', CI_PROJECT_ID: '1', CI_MERGE_REQUEST_IID: '1' })).toBeUndefined();
  });
});

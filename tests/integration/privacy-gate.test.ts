/**
 * Personal data planted in a case story stops both `npm run check`'s lint and
 * `npm run build`, with a Chinese message naming file, line and rule.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, root } from './helpers.ts';

// A valid ID number (check digit correct), a mobile number, and a card number passing Luhn.
const planted = `---
title: "情景：受害人王丽被泄露的个人信息"
summary: "测试用案例：正文里混进了身份证号、手机号和银行卡号，必须拦下。"
publishDate: "2026-01-05"
kind: scenario
category: domestic-violence
people: [{ alias: "小红（化名）" }]
outcome: "测试用的结果说明。"
---
## 基本案情

小红（化名）的身份证号是 11010519491231002X，手机 13812345678，
银行卡 6222 0212 3456 7890 128。
邮箱 zhangsan@163.com，微信号：zhang_san88，QQ：12345678，车牌闽J·12345，手机一三八一二三四五六七八。
`;

describe('privacy gate', () => {
  const content = mkdtempSync(join(tmpdir(), 'gardenia-privacy-'));
  cpSync(join(root, 'tests/fixtures/site'), content, { recursive: true });
  // Git keeps no empty folders, so the fixture tree may have no cases/ yet.
  mkdirSync(join(content, 'cases'), { recursive: true });
  writeFileSync(join(content, 'cases/leak.mdx'), planted);
  const env = cleanEnv({ GARDENIA_CONTENT: content, GARDENIA_OUT: mkdtempSync(join(tmpdir(), 'gardenia-out-')) });

  it('the content lint fails on the planted ID, phone and bank card, naming file, line and rule', () => {
    const run = spawnSync(process.execPath, ['scripts/lint-content.ts'], { cwd: root, env, encoding: 'utf8' });
    const out = `${run.stdout}${run.stderr}`;
    expect(run.status).toBe(1);
    expect(out).toMatch(/cases\/leak\.mdx:12:\d+\s+error\s+privacy-id-number\s+.*身份证/);
    expect(out).toMatch(/cases\/leak\.mdx:12:\d+\s+error\s+privacy-phone\s+/);
    expect(out).toMatch(/cases\/leak\.mdx:13:\d+\s+error\s+privacy-bank-card\s+/);
    expect(out).toContain('修改建议');
  });

  it('in a content folder not named content, the case rules and the new rules still apply', () => {
    const run = spawnSync(process.execPath, ['scripts/lint-content.ts'], { cwd: root, env, encoding: 'utf8' });
    const out = `${run.stdout}${run.stderr}`;
    expect(content).not.toMatch(/(^|\/)content$/);
    expect(out).toMatch(/cases\/leak\.mdx:2:\d+\s+error\s+privacy-named-person\s+.*王丽/);
    for (const rule of ['privacy-email', 'privacy-wechat', 'privacy-qq', 'privacy-plate', 'privacy-phone']) {
      expect(out).toMatch(new RegExp(`cases/leak\\.mdx:14:\\d+\\s+error\\s+${rule}\\s+`));
    }
  });

  it('npm run build stops before building anything', () => {
    const run = spawnSync('npm', ['run', 'build'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('privacy-id-number');
  }, 120_000);
});

/**
 * privacy-email: personal e-mail addresses, also written with full-width ＠ or
 * disguised as name[at]qq.com / name（at）qq.com. The site's own mailbox
 * (src/site.config.ts) and station e-mails from the content tree are allowed.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { matchView } from '../normalize.ts';

/** An address after NFKC (＠ → @), with the common spelled-out forms of @. */
export const EMAIL_RE =
  /[A-Za-z0-9._%+-]+\s*(?:@|\[at\]|\(at\)|\{at\})\s*[A-Za-z0-9-]+(?:\s*(?:\.|\[dot\]|\(dot\))\s*[A-Za-z0-9-]+)*\s*(?:\.|\[dot\]|\(dot\))\s*[A-Za-z]{2,}\b/gi;

/** Finds e-mail addresses that are not public. */
export function findEmails(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchView(file, EMAIL_RE)) {
    const canonical = m.value
      .replace(/\s+/g, '')
      .replace(/\[at\]|\(at\)|\{at\}/gi, '@')
      .replace(/\[dot\]|\(dot\)/gi, '.')
      .toLowerCase();
    if (ctx.allowedEmails.has(canonical)) continue;
    out.push({
      start: m.start,
      end: m.end,
      message: `出现了电子邮箱地址“${file.text.slice(m.start, m.end)}”，这是个人联系方式`,
      hint: '删除邮箱；如果这是服务站对外公开的邮箱，请写进服务站文件（content/stations/）的 email 字段，本检查就会放行',
    });
  }
  return out;
}

/** The rule: see findEmails. */
export const privacyEmail: Rule = {
  id: 'privacy-email',
  severity: 'error',
  fixable: false,
  description: '电子邮箱地址（包括全角＠和 [at] 写法；本站信箱和服务站公开邮箱除外）',
  check: findEmails,
};

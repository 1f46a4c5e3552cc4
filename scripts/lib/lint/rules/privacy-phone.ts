/**
 * privacy-phone: personal phone numbers. Mobile numbers (1[3-9] + 9 digits,
 * with an optional +86, in any grouping, with spaces, dashes or dots, in
 * full-width digits or read out in Chinese numerals) and landlines with an
 * area code. Reads the normalised privacy view (see normalize.ts), so a number
 * in a code span, an MDX expression, an attribute, a comment or any
 * frontmatter field is found too. Public hotlines (src/site.config.ts) and the
 * phones of the stations in the content tree are allowed (LintContext.allowedPhones).
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { looksLikeCitationOrAmount } from '../numbers.ts';
import { normalizePhone } from '../context.ts';
import { matchView, privacyView } from '../normalize.ts';

/** Mainland mobile numbers, after normalisation (no separators left): 13812345678, +8613812345678. */
export const MOBILE_RE = /(?<![\d+])(?:(?:\+|00)?86)?1[3-9]\d{9}(?!\d)/g;

/**
 * Landlines with an area code, after normalisation: (0593)7812345, 05937812345.
 * Area codes as the national plan has them: 010, 02x, 0[3-9]xx.
 */
export const LANDLINE_RE = /(?<!\d)(?:[(（](?:010|02\d|0[3-9]\d{2})[)）]|010|02\d|0[3-9]\d{2})[2-9]\d{6,7}(?!\d)/g;

const HINT = '删除号码或改为“138****5678”；如果这是服务站对外公开的电话，请先把它写进服务站文件（content/stations/）的 phone 字段，本检查就会放行';

/** Finds phone numbers anywhere in the file. */
export function findPhones(file: SourceFile, ctx: LintContext): RawFinding[] {
  const view = privacyView(file).text;
  const out: RawFinding[] = [];
  const seen = new Set<number>();
  for (const [re, kind] of [
    [MOBILE_RE, '手机号码'],
    [LANDLINE_RE, '固定电话'],
  ] as const) {
    for (const m of matchView(file, re)) {
      if (seen.has(m.start)) continue;
      if (ctx.allowedPhones.has(normalizePhone(m.value))) continue;
      const before = view.slice(Math.max(0, m.viewStart - 2), m.viewStart);
      const after = view.slice(m.viewEnd, m.viewEnd + 3);
      // 第13812345678条 is a (strange) citation; a mobile followed by 号 or 元 is still a mobile.
      if (/第\s*$/.test(before)) continue;
      if (kind === '固定电话' && looksLikeCitationOrAmount(before, after)) continue;
      seen.add(m.start);
      out.push({ start: m.start, end: m.end, message: `出现了疑似个人${kind}“${file.text.slice(m.start, m.end)}”`, hint: HINT });
    }
  }
  return out;
}

/** The rule: see findPhones. */
export const privacyPhone: Rule = {
  id: 'privacy-phone',
  severity: 'error',
  fixable: false,
  description: '个人手机号和固定电话（全角、中文数字、任意分隔都算；热线与服务站公开电话除外）',
  check: findPhones,
};

/**
 * privacy-phone: personal phone numbers. Mobile numbers (1[3-9]…, with
 * optional +86 and spaces/dashes) and landlines with an area code (the
 * region's own is `site.region.phoneAreaCode`). Public hotlines and the phones of the stations listed in
 * content/stations/*.yaml are allowed (LintContext.allowedPhones).
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { looksLikeCitationOrAmount } from '../numbers.ts';
import { normalizePhone } from '../context.ts';
import { site } from '../../../../src/site.config.ts';

/** Mainland mobile numbers: 138 1234 5678, 138-1234-5678, +86 13812345678. */
export const MOBILE_RE = /(?<![\d+])(?:(?:\+|00)?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![\d])/g;

/**
 * Landlines with an area code: 0593-7812345, (0593) 7812345, 0593 7812345.
 * Without a separator only the region's own area code (site.region.phoneAreaCode)
 * is recognised, to keep other long zero-led numbers out.
 */
export const LANDLINE_RE = new RegExp(`(?<![\\d])(?:[(（]0\\d{2,3}[)）][ -]?|0\\d{2,3}[ -]|${site.region.phoneAreaCode.replace(/\D/g, '')})[2-9]\\d{6,7}(?![\\d])`, 'g');

function scan(text: string, file: SourceFile, ctx: LintContext, from: number, to: number, out: RawFinding[]): void {
  const slice = text.slice(from, to);
  for (const [re, kind] of [
    [MOBILE_RE, '手机号码'],
    [LANDLINE_RE, '固定电话'],
  ] as const) {
    for (const m of slice.matchAll(re)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (ctx.allowedPhones.has(normalizePhone(m[0]))) continue;
      if (looksLikeCitationOrAmount(file.text.slice(Math.max(0, start - 2), start), file.text.slice(end, end + 3))) continue;
      out.push({
        start,
        end,
        message: `出现了疑似个人${kind}“${m[0]}”`,
        hint: '删除号码或改为“138****5678”；如果这是服务站对外公开的电话，请先把它写进 content/stations/ 下对应站点的 phone 字段，本检查就会放行',
      });
    }
  }
}

/** Finds phone numbers in prose and in tel: links. */
export function findPhones(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  scan(file.prose, file, ctx, 0, file.prose.length, out);
  // URLs are blanked in the prose, but a tel: link publishes its number too.
  for (const m of file.markup.matchAll(/tel:([+\d][\d ()-]*\d)/g)) {
    const start = m.index + 4;
    scan(file.text, file, ctx, start, start + m[1]!.length, out);
  }
  return out;
}

/** The rule: see findPhones. */
export const privacyPhone: Rule = {
  id: 'privacy-phone',
  severity: 'error',
  fixable: false,
  description: '个人手机号和固定电话（热线与服务站公开电话除外）',
  check: findPhones,
};

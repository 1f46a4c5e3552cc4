/**
 * stale-verification (warning): a station's phone, address and hours are
 * only useful if someone checked them recently. Verified data older than
 * 180 days, or data never verified, gets one warning per station file.
 */
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { site } from '../../../../src/site.config.ts';
import { MAX_VERIFICATION_AGE_DAYS, verificationWarnings } from '../../../../src/lib/station-directory.ts';
import { isValidIsoDate, todayInShanghai } from '../../../../src/lib/shanghai-time.ts';

/** How old a verification may get before it is reported: the same rule the station pages use. */
export const MAX_AGE_DAYS = MAX_VERIFICATION_AGE_DAYS;

/** Finds stale or missing verification in station files. */
export function findStaleVerification(file: SourceFile, ctx: LintContext): RawFinding[] {
  if (!/(^|\/)content\/stations\/[^/]+\.ya?ml$/.test(file.relPath)) return [];
  const v = (file.data.verification ?? {}) as Record<string, unknown>;
  const name = typeof file.data.name === 'string' ? file.data.name : '本服务站';
  const statusScalar = file.scalars.find((s) => s.path[0] === 'verification' && s.path[1] === 'status');
  const dateScalar = file.scalars.find((s) => s.path[0] === 'verification' && s.path[1] === 'lastVerified');
  const anchor = statusScalar ?? dateScalar ?? file.scalars.find((s) => s.path[0] === 'verification') ?? { start: 0, end: 0 };
  const who = `请${site.organisations.federation.shortName}或${site.organisations.procuratorate.shortName}负责服务站信息的同事致电“${name}”，核实电话、地址和开放时间`;
  if (v.status === 'verified') {
    const day = typeof v.lastVerified === 'string' && isValidIsoDate(v.lastVerified.trim()) ? v.lastVerified.trim() : undefined;
    if (!day)
      return [
        {
          start: anchor.start,
          end: anchor.end,
          message: `“${name}”标记为已核实，但没有有效的核实日期 lastVerified`,
          hint: `${who}，然后把 verification.lastVerified 写成核实当天的日期（如 "2025-03-01"）`,
        },
      ];
    const [warning] = verificationWarnings([{ file: file.relPath, verification: { status: 'verified', lastVerified: day } }], todayInShanghai(ctx.now));
    if (!warning) return [];
    const age = warning.ageDays!;
    const at = dateScalar ?? anchor;
    return [
      {
        start: at.start,
        end: at.end,
        message: `“${name}”的信息上次核实是 ${age} 天前（超过 ${MAX_AGE_DAYS} 天）`,
        hint: `${who}，核实后更新 verification.lastVerified 为当天日期`,
      },
    ];
  }
  const status = typeof v.status === 'string' ? v.status : '（未填写）';
  return [
    {
      start: anchor.start,
      end: anchor.end,
      message: `“${name}”的电话、地址等信息尚未核实（verification.status 为 ${status}）`,
      hint: `${who}，核实后把 verification.status 改为 verified，并填写 lastVerified 日期`,
    },
  ];
}

/** The rule: see findStaleVerification. */
export const staleVerification: Rule = {
  id: 'stale-verification',
  severity: 'warning',
  fixable: false,
  description: `服务站信息超过 ${MAX_VERIFICATION_AGE_DAYS} 天未核实或从未核实`,
  check: findStaleVerification,
};

/**
 * privacy-wechat: a WeChat ID after a word that introduces one (微信, 微信号,
 * WeChat, VX, V信, 威信, wx…). WeChat IDs are 6–20 characters, starting with a
 * letter; a phone number used as the ID is privacy-phone's. Official accounts
 * (公众号), groups, mini-programs and WeChat Pay are not personal IDs.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { matchView } from '../normalize.ts';

/** Trigger word, optional “号/账号/ID” and colon, then the ID. */
export const WECHAT_RE =
  /(?:微信|威信|薇信|维信|V信|v信|(?<![A-Za-z0-9])(?:VX|vx|Vx|vX|WeChat|wechat|weixin|WX|wx)(?![A-Za-z]))(?!公众|群|小程序|支付|搜索|视频号)(?:号|账号|帐号|ID|id)?\s*(?:是|为|:|：)?\s*([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])/g;

/** Finds WeChat IDs. */
export function findWechatIds(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const m of matchView(file, WECHAT_RE)) {
    const id = m.groups[0]!;
    out.push({
      start: m.start,
      end: m.end,
      message: `出现了微信号“${id}”，这是个人联系方式`,
      hint: '删除微信号；公开的求助方式请写热线或服务站电话（src/site.config.ts、content/stations/）',
    });
  }
  return out;
}

/** The rule: see findWechatIds. */
export const privacyWechat: Rule = {
  id: 'privacy-wechat',
  severity: 'error',
  fixable: false,
  description: '微信号（微信、VX、V信等词后面的账号）',
  check: findWechatIds,
};

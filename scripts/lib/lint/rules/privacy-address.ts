/**
 * privacy-address: exact addresses that could lead someone to a victim.
 *
 * - Everywhere: house-level addresses (…路88号, 3号楼, 2单元, 301室).
 * - In real cases (content/cases/ with `kind: real`) also village-level
 *   places (…村, …社区, 自然村, 村民小组): township (镇/乡/街道) is the most
 *   precise place a real case may name.
 *
 * Public addresses are allowed: station addresses from content/stations/
 * (LintContext.publicAddresses), and the `address`/`location`/`venue`
 * fields of stations and open days, which describe public venues.
 */
import type { RawFinding, Rule, SourceFile, LintContext } from '../types.ts';
import { collectionOfFile, isCaseFile } from '../context.ts';
import { privacyView, toOriginal } from '../normalize.ts';

// The privacy view has already turned full-width digits into ASCII (normalize.ts);
// short numbers written in Chinese (三栋, 三〇一室) stay Chinese there, so both count.
const NUM = '(?:[0-9]+|[一二三四五六七八九十百零〇两]+)';
const NUM3 = '(?:[0-9]{3,4}|[一二三四五六七八九零〇]{3,4})';

/** House-level address parts. */
export const HOUSE_RE = new RegExp(
  [
    `[路街巷弄道村里坊组]${NUM}(?:[-之][0-9]+)?号(?!令|文|案|线|人|码|楼)`,
    `${NUM}号楼`,
    `${NUM}(?:幢|栋|座)`,
    `${NUM}单元`,
    `[0-9]+[-][0-9]+室|${NUM3}(?:室|房)`,
  ].join('|'),
  'gu',
);

// Characters that, right before 村/社区, make it a common noun (农村, 本村,
// 在社区) rather than a place name.
const NOT_NAME = new Set([
  ...'农乡山渔本该同全邻各某外进回驻政然城中一每个其此原我他她你在到和与及的向由从入住或等了是为对返离出下上留异老新故小大该整附近两三几多',
]);
// 村民, 村委会, 村干部, 村庄… and 社区矫正, 社区服务… are common nouns too.
const AFTER_VILLAGE = /^(?:民|委|干|级|规|集|落|庄|里|镇|两委)/;
const AFTER_COMMUNITY = /^(?:矫正|戒毒|康复|服务|工作|网格|医院|卫生|民警|干部|组织|治理|党|居民|志愿)/;

/** Village-level place names, conservative. */
function villages(p: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of p.matchAll(/自然村|村民小组|社区|村/g)) {
    const i = m.index;
    const word = m[0];
    const after = p.slice(i + word.length, i + word.length + 2);
    if (word === '村' && AFTER_VILLAGE.test(after)) continue;
    if (word === '社区' && AFTER_COMMUNITY.test(after)) continue;
    const b1 = p[i - 1];
    const b2 = p[i - 2];
    if (word === '村民小组') {
      if (b1 && /[0-9一二三四五六七八九十]/.test(b1)) out.push([Math.max(0, i - 3), i + word.length]);
      continue;
    }
    // 自然村 matched as 村 too: skip the 村 of 自然村 here, handled as a whole.
    if (word === '村' && p.slice(i - 2, i) === '自然') continue;
    if (!b1 || !b2 || !/\p{Script=Han}/u.test(b1) || !/\p{Script=Han}/u.test(b2) || NOT_NAME.has(b1)) continue;
    // A village group right after: 岭头村3组.
    const group = /^[0-9一二三四五六七八九十]+(?:村民小组|小组|组)/.exec(p.slice(i + word.length));
    out.push([i - 2, i + word.length + (group ? group[0].length : 0)]);
  }
  return out;
}

/** Offsets covered by public addresses and venue fields. */
function publicRanges(file: SourceFile, ctx: LintContext): [number, number][] {
  const out: [number, number][] = [];
  const compact = file.text;
  for (const addr of ctx.publicAddresses) {
    let i = compact.indexOf(addr);
    while (i !== -1) {
      out.push([i, i + addr.length]);
      i = compact.indexOf(addr, i + 1);
    }
  }
  const collection = collectionOfFile(file, ctx);
  if (collection === 'stations' || collection === 'opendays') {
    for (const s of file.scalars) {
      const key = s.path[s.path.length - 1];
      if (typeof key === 'string' && /^(?:address|location|venue|place)$/i.test(key)) out.push([s.start, s.end]);
    }
  }
  return out;
}

/** Finds addresses too precise for the file. */
export function findAddresses(file: SourceFile, ctx: LintContext): RawFinding[] {
  const isCase = isCaseFile(file, ctx);
  const realCase = isCase && file.data.kind === 'real';
  const view = privacyView(file);
  const spans: { s: number; e: number; village: boolean }[] = [];
  const add = (vs: number, ve: number, village: boolean): void => {
    const { start, end } = toOriginal(view, vs, ve);
    spans.push({ s: start, e: end, village });
  };
  for (const m of view.text.matchAll(HOUSE_RE)) add(m.index, m.index + m[0].length, false);
  if (realCase) for (const [s, e] of villages(view.text)) add(s, e, true);
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  // Merge "XX路8号3幢2单元301室" into one finding.
  const merged: typeof spans = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last && sp.s <= last.e + 1) {
      last.e = Math.max(last.e, sp.e);
      last.village &&= sp.village;
    } else merged.push({ ...sp });
  }
  const pub = publicRanges(file, ctx);
  const out: RawFinding[] = [];
  for (const sp of merged) {
    if (pub.some(([a, b]) => sp.s >= a && sp.e <= b)) continue;
    const what = file.text.slice(sp.s, sp.e);
    out.push(
      sp.village
        ? {
            start: sp.s,
            end: sp.e,
            message: `真实案例中出现了村（社区）一级的地名“${what}”，可能让人找到当事人`,
            hint: '地点最多写到乡镇一级，例如“福鼎市某镇”或“福鼎市某村”',
          }
        : {
            start: sp.s,
            end: sp.e,
            message: `出现了精确到门牌的地址“${what}”`,
            hint:
              realCase || isCase
                ? '案例中删除门牌号、楼号和房号，地点最多写到乡镇一级'
                : '删除门牌号；如果这是服务站等公开办公地址，请写进 content/stations/ 对应站点的 address 字段，本检查就会放行',
          },
    );
  }
  return out;
}

/** The rule: see findAddresses. */
export const privacyAddress: Rule = {
  id: 'privacy-address',
  severity: 'error',
  fixable: false,
  description: '精确到门牌的地址；真实案例中村（社区）一级的地名',
  check: findAddresses,
};

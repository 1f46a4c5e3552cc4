/**
 * privacy-plate: a mainland licence plate — province abbreviation, issuing
 * letter, then 5 characters (6 for new-energy vehicles), optionally with a
 * dot or space after the letter: 闽J·12345, 闽J D12345, 闽JD12345. A plate
 * identifies a vehicle and so its owner. Masked plates (闽J·***45) pass.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { matchView } from '../normalize.ts';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
export const PLATE_RE = new RegExp(
  `[${PROVINCES}][A-HJ-NP-Z]\\s?[·•・.\\-]?\\s?(?=[A-HJ-NP-Z0-9]{0,5}\\d)[A-HJ-NP-Z0-9]{5,6}(?:[挂学警港澳])?(?![A-Za-z0-9])`,
  'g',
);

/** Finds licence plates. */
export function findPlates(file: SourceFile): RawFinding[] {
  return matchView(file, PLATE_RE).map((m) => ({
    start: m.start,
    end: m.end,
    message: `出现了车牌号“${file.text.slice(m.start, m.end)}”，能据此找到车主`,
    hint: '删除车牌号，或打码写成“闽J·***45”',
  }));
}

/** The rule: see findPlates. */
export const privacyPlate: Rule = {
  id: 'privacy-plate',
  severity: 'error',
  fixable: false,
  description: '机动车号牌（车牌号）',
  check: findPlates,
};

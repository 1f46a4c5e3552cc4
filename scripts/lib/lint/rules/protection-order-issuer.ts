/**
 * protection-order-issuer: only a court issues a personal safety protection
 * order (反家庭暴力法 art. 26: 人身安全保护令由人民法院以裁定形式作出).
 * Saying the federation, the station or the police “发出/签发/作出” one misleads
 * a reader about where to go. Reported when, in the same sentence, the order
 * is issued by someone other than a court, or issued with no court named at all.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { sentences } from '../running-text.ts';

const ISSUE = '(?:发出|签发|作出|做出|核发|颁发|下发|出具|发放|开具|发)';
const ORDER = '(?:人身安全)?保护令';
/** “发出（了）人身安全保护令” — the verb directly before the order. */
const VERB_ORDER = new RegExp(`${ISSUE}了?(?:\\s*\\d+\\s*份)?${ORDER}`, 'g');
/** “保护令由……发出” / “保护令是……签发的”. */
const ORDER_BY = new RegExp(`${ORDER}(?:是|由)([^，,。；]{1,16}?)${ISSUE}`, 'g');
const COURT = /法院|法庭|法官/;
const OTHERS = /妇联|妇女联合会|检察院|检察机关|公安|派出所|警察|服务站|工作室|工作所|村委会|居委会|村民委员会|居民委员会|政府|民政|司法所|我们|本站/;

/** Finds protection orders described as issued by someone other than a court. */
export function findWrongIssuers(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const body = file.kind === 'yaml' ? file.prose : file.prose.slice(0, file.bodyStart).replace(/[^\n]/g, ' ') + file.prose.slice(file.bodyStart);
  for (const s of sentences(body)) {
    const hits = [...s.text.matchAll(VERB_ORDER), ...s.text.matchAll(ORDER_BY)];
    for (const m of hits) {
      const before = s.text.slice(0, m.index + m[0].length);
      const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')) + 1);
      const actor = m[1] ?? clause;
      const byCourt = COURT.test(m[1] ?? s.text);
      const byOther = OTHERS.test(actor) && !COURT.test(actor);
      if (byCourt && !byOther) continue;
      out.push({
        start: s.start + m.index,
        end: s.start + m.index + m[0].length,
        message: byOther
          ? `把人身安全保护令写成了由${OTHERS.exec(actor)![0]}发出：保护令只能由人民法院作出`
          : '写了“发出/签发/作出保护令”，却没说是法院：保护令只能由人民法院作出',
        hint: '写成“法院作出的保护令”，妇联、公安等写成“协助申请”“代为申请”；引用报道的数字时写“据报道……人身安全保护令 5 份（法院作出）”',
      });
    }
  }
  return out;
}

/** The rule: see findWrongIssuers. */
export const protectionOrderIssuer: Rule = {
  id: 'protection-order-issuer',
  severity: 'error',
  fixable: false,
  description: '把人身安全保护令写成由法院以外的单位发出（只有法院能作出保护令）',
  check: (file) => findWrongIssuers(file),
};

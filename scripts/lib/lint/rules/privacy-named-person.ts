/**
 * privacy-named-person: real names. People in case stories appear under an
 * alias marked （化名）, or as 王某/李某某 in scenario cases; a real case
 * (kind: real) must use （化名）.
 *
 * Checks, over every field and every region that reaches the page (title,
 * summary, outcome, body, attributes, code and comments alike):
 * 1. case files: every `people[].alias` ends with （化名）; in a real case a
 *    某-form is not enough;
 * 2. case files: each alias's first mention in the body is marked （化名）;
 * 3. every file: what looks like a full name — a surname from the complete list
 *    (surnames.ts) and one or two given-name characters — after a role word
 *    (受害人王丽), after 名叫/姓名/叫做, or followed by （女，35岁）-style
 *    details, unless it is a 某-form, marked （化名）, or a registered alias.
 */
import type { LintContext, RawFinding, Rule, SourceFile } from '../types.ts';
import { isCaseFile } from '../context.ts';
import { privacyView, toOriginal } from '../normalize.ts';
import { FREQUENT_SURNAMES, SURNAMES } from '../surnames.ts';

const ALIAS_MARK = /[（(]化名[)）]$/;
const MOU = /^\p{Script=Han}{1,2}某+[甲乙丙丁]?$/u;
const ROLES =
  '受害人|被害人|当事人|申请人|被申请人|原告|被告人|被告|犯罪嫌疑人|嫌疑人|上诉人|被上诉人|第三人|证人|施暴者|加害人|受害者|求助者|来访者|丈夫|妻子|前夫|前妻|其夫|其妻|母亲|父亲|女儿|儿子|女方|男方|老人|女孩|男孩|孩子|邻居|村民|居民|女士|先生';
// 姓名 directly before a name counts, but not 姓名和联系方式 / 姓名、住址 (a list of fields).
const NAMED = '名叫|叫做|姓名(?:[是为:：]|(?![和与及或、等]))|名字(?:是|叫)|本名|真名|原名|实名';
// Ordinary words that begin with a frequent surname character: 陈述, 周围, 马上…
const NOT_NAMES =
  /^(?:陈述|陈列|周围|周末|周岁|周边|马上|何时|何处|何种|何况|林地|张贴|黄金|胡乱|许多|许可|朱红|孙子|孙女|徐徐|吴语|郑重|杨树|梁上|谢谢|宋体|唐突|韩国|田地|田间|董事|杜绝|程度|苏醒|陆续|汪汪|夏天|夏季|付款|付出|付清|丁点|钟点|钟头|雷同|黎明|顾及|顾虑|顾家|戴上|莫名|方面|方式|方法|方向|方便|方案|金额|金钱|石头|任何|任意|任职|余下|范围|严重|严格|钱财|施暴|施加|姚|曾经|曾是|叶子|邓|罗列|高兴|秦|孔)/;
// Characters that end a name: function words and verbs that typically follow
// a name in case narratives (王丽受伤, 李明报警, 张华称…).
const NAME_STOP = new Set([
  ...'某与和在的是于因被对向称将把等了说也都就又从到给让使及曾已未不经受遭打报告诉要想回来去走跑哭喊骂求出进离住找看知认表提申起诉多长先后再还却才便均共，。、；：！？（）《》“”',
]);
const DETAILS = /^[（(](?:男|女)[，,、]|^[，,](?:男|女)[，,]|^[（(]\d{1,3}岁|^[，,]\d{1,3}岁/;

const surnameAlt = SURNAMES.join('|');

/** Alias text without the （化名） mark. */
function bareAlias(alias: string): string {
  return alias.replace(ALIAS_MARK, '').trim();
}

/** Takes the given name after a surname: up to two Han characters before a stop character. */
function givenName(rest: string): string {
  let given = '';
  for (const ch of rest) {
    if (given.length === 2 || !/\p{Script=Han}/u.test(ch) || NAME_STOP.has(ch)) break;
    given += ch;
  }
  return given;
}

/** Finds unmarked names. */
export function findNamedPeople(file: SourceFile, ctx: LintContext): RawFinding[] {
  const out: RawFinding[] = [];
  const aliases: string[] = [];
  const isCase = isCaseFile(file, ctx);
  const real = isCase && file.data.kind === 'real';

  // 1. Frontmatter aliases.
  if (isCase) {
    for (const s of file.scalars) {
      if (s.path[0] !== 'people' || typeof s.value !== 'string') continue;
      const last = s.path[s.path.length - 1];
      if (!(last === 'alias' || (s.path.length === 2 && typeof last === 'number'))) continue;
      const alias = s.value.trim();
      const bare = bareAlias(alias);
      if (bare) aliases.push(bare);
      if (ALIAS_MARK.test(alias) || (!real && MOU.test(alias))) continue;
      out.push({
        start: s.start,
        end: s.end,
        message: real ? `真实案例的人物“${alias}”没有使用化名（真实案例必须用化名并标注（化名））` : `案例人物“${alias}”没有标注（化名）`,
        hint: real
          ? `给当事人另起一个化名，写成“某某（化名）”，例如“${[...bare][0] ?? '李'}${[...bare][0] ?? '李'}（化名）”`
          : `案例中的人物必须使用化名，并写成“${bare}（化名）”；情景案例也可以写成“${bare[0] ?? '某'}某”`,
      });
    }

    // 2. First occurrence of each alias in the body.
    for (const alias of [...new Set(aliases)]) {
      if (MOU.test(alias)) continue;
      const i = file.prose.indexOf(alias, file.bodyStart);
      if (i === -1) continue;
      const after = file.text.slice(i + alias.length, i + alias.length + 4);
      if (/^[（(]化名[)）]/.test(after)) continue;
      out.push({
        start: i,
        end: i + alias.length,
        message: `正文第一次提到“${alias}”时没有标注（化名）`,
        hint: `在这里写成“${alias}（化名）”，让读者知道这不是真实姓名`,
      });
    }
  }

  // 3. Full names, anywhere in the file.
  const view = privacyView(file);
  const text = view.text;
  const seen = new Set<number>();
  const report = (vs: number, name: string, lead: string): void => {
    const ve = vs + name.length;
    if (seen.has(vs)) return;
    const tail = text.slice(ve, ve + 4);
    if (/^[（(]化名[)）]/.test(tail) || /^某/.test(tail)) return;
    if (aliases.some((a) => a === name || a.startsWith(name) || name.startsWith(a))) return;
    seen.add(vs);
    const { start, end } = toOriginal(view, vs, ve);
    const surname = SURNAMES.find((s) => name.startsWith(s)) ?? name[0]!;
    out.push({
      start,
      end,
      message: `“${lead}${name}”看起来是真实姓名，且没有标注（化名）${real ? '；真实案例必须使用化名' : ''}`,
      hint: `改为“${surname}某”或“${surname}某某”；如果是化名，请在 people 中登记并在第一次出现时写成“${name}（化名）”`,
    });
  };
  // 3a. Role word + name: frequent surnames only (see surnames.ts).
  const roleRe = new RegExp(`(${ROLES})(${surnameAlt})`, 'gu');
  for (const m of text.matchAll(roleRe)) {
    const surname = m[2]!;
    if (surname.length === 1 && !FREQUENT_SURNAMES.has(surname)) continue;
    const at = m.index + m[1]!.length;
    const given = givenName(text.slice(at + surname.length, at + surname.length + 3));
    if (!given) continue;
    const name = surname + given;
    if (NOT_NAMES.test(name)) continue;
    report(at, name, m[1]!);
  }
  // 3b. 名叫/姓名 + name, any surname of the list.
  const namedRe = new RegExp(`(${NAMED})\\s*(${surnameAlt})`, 'gu');
  for (const m of text.matchAll(namedRe)) {
    const at = m.index + m[0].length - m[2]!.length;
    const given = givenName(text.slice(at + m[2]!.length, at + m[2]!.length + 3));
    if (given) report(at, m[2]! + given, m[1]!);
  }
  // 3c. Name + （女，35岁） details, any surname of the list.
  const detailRe = new RegExp(`(${surnameAlt})(\\p{Script=Han}{1,2})(?=[（(，,])`, 'gu');
  for (const m of text.matchAll(detailRe)) {
    const end = m.index + m[0].length;
    if (!DETAILS.test(text.slice(end, end + 8)) || m[2]!.includes('某')) continue;
    report(m.index, m[0], '');
  }
  return out;
}

/** The rule: see findNamedPeople. */
export const privacyNamedPerson: Rule = {
  id: 'privacy-named-person',
  severity: 'error',
  fixable: false,
  description: '未标注（化名）的人名（完整姓氏表，所有字段；真实案例必须用化名）',
  check: findNamedPeople,
};

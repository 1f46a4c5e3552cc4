/**
 * privacy-named-person: people in case files must appear under an alias
 * marked （化名）, or as 王某/李某某.
 *
 * Checks (case files only):
 * 1. every frontmatter `people[].alias` ends with （化名） (or is a 某-form);
 * 2. in the body, each alias's first occurrence is followed by （化名）/(化名);
 * 3. a role word followed by what looks like a full name (受害人王丽) without
 *    某 or （化名）. Conservative on purpose: the surname list leaves out
 *    characters that mostly start ordinary words (向, 于, 常, 高…).
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';

const ALIAS_MARK = /[（(]化名[)）]$/;
const MOU = /^\p{Script=Han}某+[甲乙丙丁]?$/u;
const ROLES = '受害人|被害人|当事人|申请人|被申请人|原告|被告人|被告|犯罪嫌疑人|嫌疑人|上诉人|被上诉人|第三人|证人|施暴者|受害者|丈夫|妻子|前夫|前妻|其夫|其妻|母亲|父亲|女儿|儿子|女方|男方';
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋杜程苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦付傅邱秦尹薛闫雷侯黎贺顾郝龚邵覃戴莫孔';
// Ordinary words that begin with a surname character: 陈述, 周围, 马上…
const NOT_NAMES = /^(?:陈述|陈列|周围|周末|周岁|周边|马上|何时|何处|何种|何况|林地|张贴|黄金|胡乱|许多|许可|朱红|孙子|孙女|徐徐|吴语|郑重|杨树|梁上|谢谢|宋体|唐突|韩国|冯某|曹某|彭某|田地|田间|董事|潘某|蔡某|蒋某|杜绝|程度|苏醒|魏某|吕某|丁点|沈某|姚某|卢某|姜某|崔某|钟点|钟头|谭某|陆续|汪汪|贾某|夏天|夏季|付款|付出|付清|傅某|邱某|秦某|尹某|薛某|闫某|雷同|侯某|黎明|贺某|顾及|顾虑|顾家|郝某|龚某|邵某|覃某|戴上|莫名|孔某|李某|王某|张某|刘某)/;
// Characters that end a name: function words and verbs that typically follow
// a name in case narratives (王丽受伤, 李明报警, 张华称…).
const NAME_STOP = new Set([...'某与和在的是于因被对向称将把等了说也都就又从到给让使及曾已未不经受遭打报告诉要想回来去走跑哭喊骂求出进离住找看知认表提申起诉多长先后再还却才便均共']);

/** Alias text without the （化名） mark. */
function bareAlias(alias: string): string {
  return alias.replace(ALIAS_MARK, '').trim();
}

/** Finds unmarked names in a case file. */
export function findNamedPeople(file: SourceFile): RawFinding[] {
  if (!/(^|\/)content\/cases\//.test(file.relPath)) return [];
  const out: RawFinding[] = [];
  const aliases: string[] = [];

  // 1. Frontmatter aliases.
  for (const s of file.scalars) {
    if (s.path[0] !== 'people' || typeof s.value !== 'string') continue;
    const last = s.path[s.path.length - 1];
    if (!(last === 'alias' || (s.path.length === 2 && typeof last === 'number'))) continue;
    const alias = s.value.trim();
    const bare = bareAlias(alias);
    if (bare) aliases.push(bare);
    if (ALIAS_MARK.test(alias) || MOU.test(alias)) continue;
    out.push({
      start: s.start,
      end: s.end,
      message: `案例人物“${alias}”没有标注（化名）`,
      hint: `案例中的人物必须使用化名，并写成“${bare}（化名）”；也可以写成“${bare[0] ?? '某'}某”`,
    });
  }

  // 2. First occurrence of each alias in the body.
  const body = file.prose;
  for (const alias of [...new Set(aliases)]) {
    if (MOU.test(alias)) continue;
    const i = body.indexOf(alias, file.bodyStart);
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

  // 3. Role word + full name.
  const re = new RegExp(`(?:${ROLES})([${SURNAMES}])(\\p{Script=Han}{1,2})`, 'gu');
  for (const m of body.slice(file.bodyStart).matchAll(re)) {
    let given = '';
    for (const ch of m[2]!) {
      if (NAME_STOP.has(ch)) break;
      given += ch;
    }
    if (!given) continue;
    const name = m[1]! + given;
    if (NOT_NAMES.test(name) || m[2]!.includes('某')) continue;
    const start = file.bodyStart + m.index + m[0].length - m[2]!.length - 1;
    const end = start + name.length;
    if (/^[（(]化名[)）]/.test(file.text.slice(end, end + 4))) continue;
    if (aliases.some((a) => a === name || a.startsWith(name) || name.startsWith(a))) continue;
    out.push({
      start,
      end,
      message: `“${file.text.slice(file.bodyStart + m.index, start)}${name}”看起来是真实姓名，且没有标注（化名）`,
      hint: `改为“${m[1]}某”或“${m[1]}某某”；如果是化名，请在 people 中登记并在第一次出现时写成“${name}（化名）”`,
    });
  }
  return out;
}

/** The rule: see findNamedPeople. */
export const privacyNamedPerson: Rule = {
  id: 'privacy-named-person',
  severity: 'error',
  fixable: false,
  description: '案例中未标注（化名）的人名',
  check: (file) => findNamedPeople(file),
};

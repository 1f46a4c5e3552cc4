/**
 * Chinese surnames, single and compound, from the maintained `pinyin-pro`
 * package (its surname dictionary: the 百家姓 and further surnames, 490+
 * entries), which the project already uses for pinyin file names. A deep
 * import on purpose: the package exports the file (`./dist/*`) but no API for
 * the list; tests/unit/lint/privacy-named-person.test.ts fails if an upgrade
 * moves or shrinks it.
 */
// @ts-expect-error: the data file ships without type declarations.
import surnameTable from 'pinyin-pro/dist/esm/data/surname.mjs';

/** Every surname of the list, compound ones (欧阳, 司马) included, longest first. */
export const SURNAMES: readonly string[] = Object.keys(surnameTable as Record<string, string>).sort((a, b) => b.length - a.length);

/**
 * The most frequent surnames (about 85 % of the population). Right after a
 * role word (受害人王丽) these count as a name on their own. Every other
 * surname of the list also starts everyday words far too often (受害人向法院…,
 * 原告于是…, 丈夫常年…, 当事人高兴…), so it counts only with stronger
 * evidence: 名叫/姓名 before it, or （女，35岁）/（化名） after it.
 */
export const FREQUENT_SURNAMES: ReadonlySet<string> = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧肖田董潘袁蔡蒋杜程苏魏吕丁沈姚卢姜崔钟谭陆汪廖贾夏韦付傅邱秦尹薛闫雷侯黎贺顾郝龚邵覃戴莫孔叶余范方石任袁金陶严钱施',
]);

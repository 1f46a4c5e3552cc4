/**
 * Bylines of news reports and Word documents: 来源：…, 记者 …, 文/…,
 * 供图：…, 通讯员 …, 编辑 …, and a bare publication date line. They are
 * metadata, not body text: the importer moves them into the frontmatter
 * (a case's `source`, a YAML comment elsewhere), word for word.
 */
import type { SourceInfo } from '../entry/template.ts';

const ROLE = '来源|稿源|转自|记者|通讯员|编辑|责任编辑|责编|编审|审核|审校|校对|作者|文|图|供图|图片|摄影|摄|发布时间|发布日期|发布于|时间|日期';
// A byline starts with a role word and a separator: 来源：, 记者 , 文/, 编辑|.
const START = new RegExp(`^[（(【\\[]?\\s*(?:${ROLE})\\s*[：:／/|丨]|^[（(【\\[]?\\s*(?:记者|通讯员|编辑|责任编辑|作者|摄影)\\s+\\S`);
const DATE_ONLY = /^(?:\d{4})[-/.年]\s*\d{1,2}[-/.月]\s*\d{1,2}日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;

/** True when a paragraph is a byline or a bare publication date. */
export function isByline(paragraph: string): boolean {
  const p = paragraph.trim();
  if (p.length > 120 || /[。！？]$/.test(p)) return false;
  return START.test(p) || DATE_ONLY.test(p);
}

/** YYYY-MM-DD from the first date in `s`, when it is a real day. */
export function dateIn(s: string): string | undefined {
  const m = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The value after a role word, up to the next role word. */
function valueOf(lines: string[], roles: string): string | undefined {
  const re = new RegExp(
    `(?:^|[\\s|丨（(【])(?:${roles})\\s*[：:／/|丨]?\\s*([^\\s|丨）)】]+(?:\\s+[^\\s|丨）)】：:]+)*?)(?=\\s+(?:${ROLE})\\s*[：:／/|丨\\s]|\\s*[|丨）)】]|$)`,
  );
  for (const l of lines) {
    const m = re.exec(l);
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** What the bylines say about the source, with the full text kept in `note`. */
export function sourceFrom(bylines: string[]): SourceInfo {
  const info: SourceInfo = {};
  const publisher = valueOf(bylines, '来源|稿源|转自');
  const author = valueOf(bylines, '记者|作者|文');
  const date = bylines.map(dateIn).find(Boolean);
  if (publisher) info.publisher = publisher;
  if (author) info.author = author;
  if (date) info.date = date;
  info.note = `原文署名：${bylines.join(' / ')}。原文网址待核实`;
  return info;
}

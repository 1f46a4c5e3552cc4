/**
 * placeholder: “【待填写】” marks what `npm run new` and `npm run import`
 * could not know (a summary, the law an article relies on, a case's outcome).
 * A draft may keep them — it is only previewed — so they are warnings there;
 * once `draft` is false they are errors, so a half-filled entry cannot be
 * published. Only values and body text count: YAML and MDX comments may
 * mention the marker in their instructions.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';

/** The marker the editor tools write where a person must fill something in. */
export const PLACEHOLDER = '【待填写】';

/** Dotted key path of the YAML scalar holding `offset`, if any. */
function scalarAt(file: SourceFile, offset: number): { path: string; end: number } | undefined {
  const s = file.scalars.find((sc) => offset >= sc.start && offset < sc.end);
  return s ? { path: s.path.join('.'), end: s.end } : undefined;
}

/** Finds placeholder markers left in a file's values and body. */
export function findPlaceholders(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  const draft = file.data.draft === true;
  let at = file.prose.indexOf(PLACEHOLDER);
  while (at !== -1) {
    const scalar = scalarAt(file, at);
    const field = scalar?.path;
    const lineEnd = file.prose.indexOf('\n', at);
    const shown = file.text.slice(at, scalar ? scalar.end : lineEnd === -1 ? undefined : lineEnd).slice(0, 30);
    out.push({
      start: at,
      end: at + PLACEHOLDER.length,
      severity: draft ? 'warning' : 'error',
      message: `${field ? `「${field}」` : '正文'}还是占位文字“${shown}”${draft ? '（草稿可以先保留）' : '，发布前必须填写'}`,
      hint: draft
        ? '写完后把“【待填写】”和后面的说明换成真实内容；发布（draft: false）前必须全部换掉'
        : '把“【待填写】”和后面的说明换成真实内容；还没写好就先改回 draft: true',
    });
    at = file.prose.indexOf(PLACEHOLDER, at + PLACEHOLDER.length);
  }
  return out;
}

/** The rule: see findPlaceholders. */
export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'error',
  fixable: false,
  description: '新建或导入的条目里还没填写的“【待填写】”（草稿中为警告，发布时为错误）',
  check: (file) => findPlaceholders(file),
};

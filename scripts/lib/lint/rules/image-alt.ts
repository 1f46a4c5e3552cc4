/**
 * image-alt: images must describe themselves for screen-reader users.
 * Markdown images need non-empty alt text; an <img> needs an alt attribute
 * (alt="" stays allowed there: it is how HTML marks a decorative image).
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { findImages } from '../markdown.ts';

/** Finds images without alt text. */
export function findMissingAlt(file: SourceFile): RawFinding[] {
  const out: RawFinding[] = [];
  for (const img of findImages(file)) {
    if (img.syntax === 'markdown' && img.alt!.trim() === '') {
      out.push({
        start: img.at,
        end: img.at + 2,
        message: '图片缺少替代文字（方括号里是空的），视障读者无法知道图片内容',
        hint: '在 ![ ] 的方括号里写一句话说明图片内容，例如 ![服务站工作人员接待来访群众](…)',
      });
    } else if (img.syntax === 'html' && img.alt === undefined) {
      out.push({
        start: img.at,
        end: img.at + 4,
        message: '<img> 图片缺少 alt 替代文字，视障读者无法知道图片内容',
        hint: '加上 alt="图片内容说明"；纯装饰性图片写 alt=""',
      });
    }
  }
  return out;
}

/** The rule: see findMissingAlt. */
export const imageAlt: Rule = {
  id: 'image-alt',
  severity: 'error',
  fixable: false,
  description: '图片缺少替代文字（alt）',
  check: (file) => findMissingAlt(file),
};

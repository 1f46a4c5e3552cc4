/**
 * long-sentence: a sentence of running text with more than about 60 Chinese
 * characters. Many readers are elderly and read on a phone in WeChat; long
 * sentences are where they give up. LawQuote, headings and tables are exempt:
 * the law's own wording is not ours to split.
 */
import type { RawFinding, Rule, SourceFile } from '../types.ts';
import { hanCount, runningText, sentences } from '../running-text.ts';

/** Most Chinese characters a sentence may have before the warning. */
export const MAX_SENTENCE_HAN = 60;

/** Finds sentences longer than MAX_SENTENCE_HAN Chinese characters. */
export function findLongSentences(file: SourceFile): RawFinding[] {
  if (file.kind === 'yaml') return [];
  return sentences(runningText(file))
    .map((s) => ({ s, n: hanCount(s.text) }))
    .filter(({ n }) => n > MAX_SENTENCE_HAN)
    .map(({ s, n }) => ({
      start: s.start,
      end: s.end,
      message: `这一句有 ${n} 个汉字，超过了 ${MAX_SENTENCE_HAN} 个，读者在手机上不容易读懂`,
      hint: '在意思转折的地方断开，拆成两三句短句；一句只讲一件事',
    }));
}

/** The rule: see findLongSentences. */
export const longSentence: Rule = {
  id: 'long-sentence',
  severity: 'warning',
  fixable: false,
  description: `正文句子超过约 ${MAX_SENTENCE_HAN} 个汉字（法条原文、标题、表格除外）`,
  check: (file) => findLongSentences(file),
};

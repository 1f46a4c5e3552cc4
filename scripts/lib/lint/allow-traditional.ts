/**
 * Terms that may keep Traditional characters in Simplified content. Keep this
 * list small: the site is written in Simplified Chinese, and each entry must
 * say why it is allowed. Matching is by exact substring; a term here silences
 * `traditional-chars` only for the characters it covers.
 *
 * Characters that the 通用规范汉字表 keeps for special uses (乾 in 乾坤,
 * 著 in 著作, 瞭 in 瞭望) are not listed: opencc's t→cn conversion already
 * leaves them alone.
 */
export const ALLOW_TRADITIONAL: readonly { term: string; reason: string }[] = [
  // Verbatim quotations of titles published in Taiwan/Hong Kong (e.g. a cited
  // paper or a cross-strait family case quoting an official document name).
  { term: '臺灣', reason: '引用港澳台出版物或文件原题名时保留原文' },
  { term: '香港特別行政區', reason: '引用香港法律文件原题名时保留原文' },
];

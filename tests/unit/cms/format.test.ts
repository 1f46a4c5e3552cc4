import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createFormat, dropEmpty, fromForm, SOURCE_KEY, toForm } from '../../../scripts/lib/cms/format.ts';
import type { FormatSpec } from '../../../scripts/lib/cms/format.ts';

const root = resolve(import.meta.dirname, '../../..');
const config = parse(readFileSync(join(root, 'scripts/lib/cms/config.yml'), 'utf8')) as {
  collections: { name: string; format: string; folder?: string; files?: { file: string }[] }[];
  gardenia_formats: Record<string, FormatSpec>;
};

/** Every content file the editor can open, with its collection's format. */
const entries = config.collections.flatMap((c) => {
  const files = c.folder ? readdirSync(join(root, c.folder)).map((f) => `${c.folder}/${f}`) : (c.files ?? []).map((f) => f.file);
  return files.map((path) => ({ path, spec: config.gardenia_formats[c.format]! }));
});

describe('the editor formats keep existing files as they are', () => {
  it('finds every content file', () => {
    expect(entries.length).toBeGreaterThan(30);
  });

  it.each(entries)('$path: opened and saved unchanged, it is byte-identical', ({ path, spec }) => {
    const text = readFileSync(join(root, path), 'utf8');
    const f = createFormat(spec);
    const data = f.fromFile(text);
    expect(f.toFile(structuredClone(data))).toBe(text);
    // What Decap does with an untouched form: the same data, without the remembered source.
    const { [SOURCE_KEY]: _source, ...withoutSource } = data;
    if (spec.kind !== 'raw') expect(parse(f.toFile(withoutSource).replace(/^---\n|\n---\n[\s\S]*$/g, '')) ?? {}).toBeTruthy();
  });

  it.each(entries.filter((e) => e.spec.kind !== 'raw' && e.spec.kind !== 'yaml-list'))(
    '$path: changing the title rewrites only that line',
    ({ path, spec }) => {
      const text = readFileSync(join(root, path), 'utf8');
      const f = createFormat(spec);
      const data = f.fromFile(text);
      const key = 'title' in data ? 'title' : 'name';
      const changed = f.toFile({ ...structuredClone(data), [key]: `${String(data[key])}（改）` });
      const a = text.split('\n');
      const b = changed.split('\n');
      expect(b.length).toBe(a.length);
      const diff = b.map((l, i) => [a[i], l]).filter(([x, y]) => x !== y);
      expect(diff).toHaveLength(1);
      expect(diff[0]![1]).toContain('（改）');
    },
  );
});

describe('new entries', () => {
  const article = createFormat({ kind: 'frontmatter' });
  it('writes quoted dates, inline short lists, block objects and the raw MDX body', () => {
    const text = article.toFile(
      {
        filename: 'x',
        title: '标题',
        publishDate: '2026-03-08',
        draft: false,
        topics: ['protection-order'],
        laws: [{ name: '中华人民共和国反家庭暴力法', articles: [23], effective: '2016-03-01' }],
        review: { status: 'unreviewed' },
        updatedDate: '',
        body: '<LawQuote law="中华人民共和国反家庭暴力法" article={23}>原文</LawQuote>\n',
      },
      ['filename', 'title', 'publishDate', 'updatedDate', 'draft', 'topics', 'laws', 'review', 'body'],
    );
    expect(text).toBe(
      [
        '---',
        'title: "标题"',
        'publishDate: "2026-03-08"',
        'draft: false',
        'topics: [protection-order]',
        'laws:',
        '  - name: "中华人民共和国反家庭暴力法"',
        '    articles: [23]',
        '    effective: "2016-03-01"',
        'review:',
        '  status: unreviewed',
        '---',
        '',
        '<LawQuote law="中华人民共和国反家庭暴力法" article={23}>原文</LawQuote>',
        '',
      ].join('\n'),
    );
  });
});

describe('values the form shows differently', () => {
  const pairs = [{ path: ['hours', 'mon'], kind: 'pairs' as const }];
  it('shows opening-hours pairs as "08:30-12:00" and writes them back as pairs', () => {
    const file = {
      hours: {
        mon: [
          ['08:30', '12:00'],
          ['14:30', '17:30'],
        ],
      },
    };
    const form = toForm(file, pairs);
    expect(form).toEqual({ hours: { mon: ['08:30-12:00', '14:30-17:30'] } });
    expect(fromForm(form, pairs)).toEqual(file);
  });
  it('turns digits back into a number where the schema takes a number or a word', () => {
    const t = [{ path: ['sessions', '*', 'placesLeft'], kind: 'number-or-text' as const }];
    expect(fromForm({ sessions: [{ placesLeft: '12' }, { placesLeft: 'full' }] }, t)).toEqual({ sessions: [{ placesLeft: 12 }, { placesLeft: 'full' }] });
  });
  it('adds a day of opening hours to a station as a block list of pairs, touching nothing else', () => {
    const f = createFormat({ kind: 'yaml', transforms: pairs });
    const text = 'name: "站"\n# 注释\nstatus: open\n';
    const data = f.fromFile(text);
    const out = f.toFile({ ...data, hours: { mon: ['08:30-12:00'] } }, ['name', 'hours', 'status']);
    // The comment introduces `status`, so it stays right above it.
    expect(out).toBe('name: "站"\nhours:\n  mon:\n    - ["08:30", "12:00"]\n# 注释\nstatus: open\n');
  });
});

describe('dropEmpty', () => {
  it('drops what an untouched optional field leaves behind, keeps what the file had', () => {
    expect(dropEmpty({ a: '', b: [], c: { d: '' }, e: 'x', notice: '' }, { notice: '' })).toEqual({ e: 'x', notice: '' });
  });
});

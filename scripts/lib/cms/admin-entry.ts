/**
 * The editor's start-up script, bundled to /admin/gardenia-cms.js and loaded
 * before Decap CMS (/admin/decap-cms.js). It tells Decap to wait, reads the
 * generated config.yml, registers one file format per collection (see
 * format.ts) and the file-name widget, then starts Decap with the config.
 */
import { parse } from 'yaml';
import { createFormat, FILENAME_KEY } from './format.ts';
import type { FormatSpec } from './format.ts';

/** The parts of Decap's global API this script uses. */
interface DecapApi {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, formatter: ReturnType<typeof createFormat>): void;
  registerWidget(name: string, control: unknown): void;
}
interface ImmutableLike {
  get(key: string): unknown;
}
interface WidgetProps {
  entry: ImmutableLike;
  value?: string;
  onChange(v: string): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
}
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;
type CreateClass = (spec: Record<string, unknown>) => unknown;

const w = window as unknown as {
  CMS_MANUAL_INIT?: boolean;
  CMS?: DecapApi;
  h?: CreateElement;
  createClass?: CreateClass;
};
// Must be set before decap-cms.js runs (it is the next script on the page).
w.CMS_MANUAL_INIT = true;

/** The file-name field: typed once for a new entry (it becomes the slug), shown read-only afterwards. */
function filenameWidget(h: CreateElement, createClass: CreateClass, strings: Record<string, string>): unknown {
  return createClass({
    isValid(this: { props: WidgetProps }) {
      const { entry, value } = this.props;
      if (entry.get('newRecord') && !(value ?? '').trim()) return { error: { message: strings['cms.filename.required'] ?? '' } };
      return true;
    },
    render(this: { props: WidgetProps }) {
      const p = this.props;
      if (!p.entry.get('newRecord'))
        return h(
          'p',
          { id: p.forID, className: p.classNameWrapper, 'data-cms-filename': '' },
          (strings['cms.filename.existing'] ?? '{slug}').replace('{slug}', String(p.entry.get('slug'))),
        );
      return h('input', {
        type: 'text',
        id: p.forID,
        className: p.classNameWrapper,
        value: p.value ?? '',
        autoComplete: 'off',
        spellCheck: false,
        inputMode: 'url',
        onChange: (e: { target: { value: string } }) => p.onChange(e.target.value.trim()),
        onFocus: p.setActiveStyle,
        onBlur: p.setInactiveStyle,
      });
    },
  });
}

async function start(): Promise<void> {
  const cms = w.CMS;
  if (!cms || !w.h || !w.createClass) return;
  const text = await (await fetch('config.yml', { cache: 'no-cache' })).text();
  const {
    gardenia_formats: formats,
    gardenia_strings: strings,
    ...config
  } = parse(text) as Record<string, unknown> & {
    gardenia_formats: Record<string, FormatSpec>;
    gardenia_strings: Record<string, string>;
    collections: { format?: string; extension?: string }[];
  };
  for (const [name, spec] of Object.entries(formats)) {
    const extension = config.collections.find((c) => c.format === name)?.extension ?? 'yml';
    cms.registerCustomFormat(name, extension, createFormat(spec));
  }
  cms.registerWidget(`gardenia-${FILENAME_KEY}`, filenameWidget(w.h, w.createClass, strings));
  cms.init({ config: { ...config, load_config_file: false } });
}

let started = false;
document.addEventListener('DOMContentLoaded', () => {
  if (started) return;
  started = true;
  void start();
});

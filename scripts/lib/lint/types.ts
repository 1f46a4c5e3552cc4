/**
 * Shared types of the content lint. Offsets are UTF-16 indices into the
 * original file text, so every rule reports against the bytes editors see,
 * frontmatter included; the runner turns them into 1-based line/column.
 */

/** How serious a finding is: errors fail CI, warnings only inform. */
export type Severity = 'error' | 'warning';

/** Which syntax a file uses; decides how the prose mask is built. */
export type FileKind = 'md' | 'mdx' | 'yaml';

/** A text replacement, as offsets into the original file text. */
export interface Fix {
  /** Start offset (inclusive). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Replacement text. */
  text: string;
}

/** What a rule reports, before the runner resolves positions. */
export interface RawFinding {
  /** Start offset of the offending span. */
  start: number;
  /** End offset (exclusive) of the offending span. */
  end: number;
  /** Message for editors, in Chinese. */
  message: string;
  /** How to fix it, in Chinese, for non-technical editors. */
  hint: string;
  /** Present only when the rule can repair this span safely. */
  fix?: Fix;
  /** Overrides the rule's default severity (used by split rules). */
  severity?: Severity;
  /**
   * Reports against another file than the one being linted (image files
   * found by privacy-image-gps). Offsets then refer to that file; 0/0 = whole file.
   */
  file?: string;
}

/** A finding with resolved positions, as printed and as emitted in JSON. */
export interface Finding {
  /** Path relative to the lint root, with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units (what VS Code shows). */
  column: number;
  /** 1-based column just past the span on the start line. */
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
  hint: string;
  fixable: boolean;
}

/** A finding kept together with its fix, used by `--fix`. */
export interface FindingWithFix extends Finding {
  fix?: Fix;
}

/** A YAML scalar with where its value sits in the file. */
export interface YamlScalar {
  /** Key path from the document root, e.g. ['people', 0, 'alias']. */
  path: (string | number)[];
  /** Parsed value. */
  value: unknown;
  /** Offset of the first character of the value's text (inside quotes). */
  start: number;
  /** Offset just past the value's text (inside quotes). */
  end: number;
}

/** One file, parsed once and shared by all rules. */
export interface SourceFile {
  /** Absolute path. */
  absPath: string;
  /** Path relative to the lint root, forward slashes (e.g. content/cases/a.mdx). */
  relPath: string;
  kind: FileKind;
  /** The original text. */
  text: string;
  /**
   * Same length as `text`, with everything that is not prose (code, MDX
   * import/export, JSX tag syntax, URLs, Markdown markers, YAML syntax)
   * replaced by spaces. Newlines are kept so offsets and lines line up.
   */
  prose: string;
  /**
   * Same length as `text`, with only code (fenced and inline), HTML comments
   * and MDX import/export blanked: for rules that read Markdown/HTML syntax.
   */
  markup: string;
  /** Parsed frontmatter (or the whole YAML document); {} when absent/invalid. */
  data: Record<string, unknown>;
  /** Scalars of the frontmatter / YAML document with their offsets. */
  scalars: YamlScalar[];
  /** Offset where the Markdown body starts (0 for YAML files, and md without frontmatter). */
  bodyStart: number;
  /** Offset where the frontmatter text starts and ends (empty range when none). */
  frontmatter: { start: number; end: number };
  /** Offsets of the first character of each line. */
  lineStarts: number[];
}

/** Everything a rule may need to know about the site beyond one file. */
export interface LintContext {
  /** Absolute path of the site root (the folder holding content/ and public/). */
  root: string;
  /** Absolute path of the content tree ($GARDENIA_CONTENT or root/content): collections are its subfolders. */
  contentDir: string;
  /** Slugs that exist per collection, for broken-link. */
  slugs: {
    articles: Set<string>;
    cases: Set<string>;
    opendays: Set<string>;
    stations: Set<string>;
    pages: Set<string>;
    cards: Set<string>;
  };
  /** Phone numbers allowed anywhere, digits only (hotlines + station phones). */
  allowedPhones: Set<string>;
  /** E-mail addresses allowed anywhere, lower-cased (site.config's mailbox + station e-mails). */
  allowedEmails: Set<string>;
  /** Public addresses (station addresses), compared after removing spaces. */
  publicAddresses: string[];
  /** "Today", injectable so stale-verification tests are stable. */
  now: Date;
  /**
   * The law dictionary (content/laws/*.yaml) by official name; undefined when
   * the content tree has no dictionary (then the law rules stay silent).
   */
  laws?: Map<string, LawEntry>;
  /** Ids in content/report.yaml and content/figures.yaml; undefined when the file is absent. */
  reportIds?: Set<string>;
  figureIds?: Set<string>;
}

/** What the lint knows about one law dictionary entry. */
export interface LawEntry {
  /** File name without .yaml. */
  id: string;
  name: string;
  status: 'current' | 'superseded' | string;
  /** Official name of the successor, when supersededBy names an existing entry. */
  successorName?: string;
  /** The supersededBy id as written. */
  supersededBy?: string;
}

/** A lint rule: one module each under rules/. */
export interface Rule {
  /** Stable id printed in reports, e.g. `privacy-phone`. */
  id: string;
  /** Default severity. */
  severity: Severity;
  /** Whether `--fix` may apply this rule's fixes without a human looking. */
  fixable: boolean;
  /** One line, Chinese, shown in `--help`. */
  description: string;
  /** Finds problems in one file. May be async (image metadata). */
  check(file: SourceFile, ctx: LintContext): RawFinding[] | Promise<RawFinding[]>;
  /**
   * Optional check of non-text files (images) found under the linted paths.
   * Findings must set `file` (relative path); offsets 0/0 mean the whole file.
   */
  checkAssets?(absPaths: string[], ctx: LintContext): Promise<RawFinding[]>;
}

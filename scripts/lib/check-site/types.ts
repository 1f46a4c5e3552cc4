/** Shared types of the built-site checks (scripts/check-site.ts). */
import type { HtmlElement } from 'html-validate';

/** One thing wrong with the built site. */
export interface Problem {
  /** The check that found it (e.g. `links`). */
  check: string;
  /** The file under the checked directory, forward slashes (e.g. `about/index.html`). */
  file: string;
  /** 1-based position in that file, when known. */
  line?: number;
  column?: number;
  /** What is wrong and, where it helps, what to do about it. */
  message: string;
}

/** A problem before the check fills in its own id. */
export type Finding = Omit<Problem, 'check'>;

/** One built HTML document. */
export interface Page {
  /** Path under the site directory, e.g. `about/index.html`, `404.html`. */
  file: string;
  /** The URL path it is served at, e.g. `/about/`, `/404.html`. */
  url: string;
  /** Raw markup. */
  html: string;
  /** Parsed document (html-validate's DOM). */
  root: HtmlElement;
  /** Every id (and <a name>) in the document, for fragment checks. */
  ids: Set<string>;
  /** True when the page asks search engines to stay away (<meta name="robots" content="noindex">). */
  noindex: boolean;
}

/** The built site as the checks see it. */
export interface BuiltSite {
  /** Absolute path of the checked directory. */
  dir: string;
  /** Every file under it (forward-slash relative paths). */
  files: Set<string>;
  /** Every HTML page, sorted by file. */
  pages: Page[];
  /** The site's public origin (from the home page's canonical link), e.g. `https://example.org`. */
  origin: string | null;
  /** Reads a text file of the site; null when it does not exist. */
  read(file: string): string | null;
}

/** One check over the built site. */
export interface Check {
  /** Short id printed with every problem. */
  id: string;
  /** One line on what it checks. */
  description: string;
  run(site: BuiltSite): Finding[] | Promise<Finding[]>;
}

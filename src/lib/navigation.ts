/** Main navigation entries and which one a path belongs to. */
import type { UIKey } from '../i18n/zh-CN.ts';

/** A main-navigation entry: its route and the dictionary key of its label. */
export interface NavItem {
  href: string;
  key: UIKey;
}

/** The main navigation, in order. */
export const navItems: NavItem[] = [
  { href: '/', key: 'nav.home' },
  { href: '/articles/', key: 'nav.articles' },
  { href: '/opendays/', key: 'nav.opendays' },
  { href: '/stations/', key: 'nav.stations' },
  { href: '/cases/', key: 'nav.cases' },
  { href: '/search/', key: 'nav.search' },
  { href: '/about/', key: 'nav.about' },
];

/** True when `path` is the nav item's page or inside its section ("/" only matches itself). */
export function isCurrentSection(path: string, href: string): boolean {
  const normal = path.endsWith('/') ? path : `${path}/`;
  return href === '/' ? normal === '/' : normal.startsWith(href);
}

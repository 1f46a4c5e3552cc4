/** Main navigation entries and which one a path belongs to. */
import type { UIKey } from '../i18n/zh-CN.ts';
import { routes } from './routes.ts';

/** A main-navigation entry: its route and the dictionary key of its label. */
export interface NavItem {
  href: string;
  key: UIKey;
}

/** The main navigation, in order. */
export const navItems: NavItem[] = [
  { href: routes.home(), key: 'nav.home' },
  { href: routes.articles(), key: 'nav.articles' },
  { href: routes.opendays(), key: 'nav.opendays' },
  { href: routes.stations(), key: 'nav.stations' },
  { href: routes.cases(), key: 'nav.cases' },
  { href: routes.search(), key: 'nav.search' },
  { href: routes.about(), key: 'nav.about' },
];

/** True when `path` is the nav item's page or inside its section ("/" only matches itself). */
export function isCurrentSection(path: string, href: string): boolean {
  const normal = path.endsWith('/') ? path : `${path}/`;
  return href === '/' ? normal === '/' : normal.startsWith(href);
}

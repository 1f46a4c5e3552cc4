/**
 * The home page's entry points, one per life situation a reader arrives with (issue 21),
 * each leading to the guide that answers it. Pure data: labels are dictionary keys, URLs
 * come from routes.
 */
import { routes } from './routes.ts';
import type { UIKey } from '../i18n/zh-CN.ts';

/** One situation card on the home page. */
export interface Situation {
  /** Stable id (also the card's data-situation hook for tests). */
  id: string;
  /** Dictionary key of the card title (what the reader would say). */
  title: UIKey;
  /** Dictionary key of the one-line description. */
  text: UIKey;
  /** Where the card leads. */
  href: string;
  /** The situation readers in danger need first: shown emphasised. */
  urgent?: boolean;
}

// The four urgent or document-heavy situations lead to their one-page action card (行动卡), which
// says what to do first and links the full guide; the others lead straight to the guide.
/** The situations, in the order shown: danger first, then the commonest questions. */
export const situations: readonly Situation[] = [
  {
    id: 'violence',
    title: 'home.situation.violence.title',
    text: 'home.situation.violence.text',
    href: routes.actionCard('after-domestic-violence'),
    urgent: true,
  },
  {
    id: 'protection-order',
    title: 'home.situation.protectionOrder.title',
    text: 'home.situation.protectionOrder.text',
    href: routes.actionCard('protection-order-checklist'),
  },
  { id: 'child', title: 'home.situation.child.title', text: 'home.situation.child.text', href: routes.actionCard('child-harm') },
  { id: 'divorce', title: 'home.situation.divorce.title', text: 'home.situation.divorce.text', href: routes.actionCard('before-divorce') },
  { id: 'elder', title: 'home.situation.elder.title', text: 'home.situation.elder.text', href: routes.article('elder-support') },
  { id: 'land', title: 'home.situation.land.title', text: 'home.situation.land.text', href: routes.article('rural-land-rights') },
  { id: 'stations', title: 'home.situation.stations.title', text: 'home.situation.stations.text', href: routes.stations() },
  { id: 'hotlines', title: 'home.situation.hotlines.title', text: 'home.situation.hotlines.text', href: routes.page('hotlines') },
];

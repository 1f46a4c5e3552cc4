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

// TODO(lead): once the action cards are merged, switch these to routes.actionCard(id):
// violence → 'after-domestic-violence', protection-order → 'protection-order-checklist',
// divorce → 'before-divorce', child → 'child-harm'. Until then they lead to the guides.
/** The situations, in the order shown: danger first, then the commonest questions. */
export const situations: readonly Situation[] = [
  { id: 'violence', title: 'home.situation.violence.title', text: 'home.situation.violence.text', href: routes.article('domestic-violence-basics'), urgent: true },
  { id: 'protection-order', title: 'home.situation.protectionOrder.title', text: 'home.situation.protectionOrder.text', href: routes.article('protection-order') },
  { id: 'child', title: 'home.situation.child.title', text: 'home.situation.child.text', href: routes.article('minors-protection') },
  { id: 'divorce', title: 'home.situation.divorce.title', text: 'home.situation.divorce.text', href: routes.article('housework-compensation-property') },
  { id: 'elder', title: 'home.situation.elder.title', text: 'home.situation.elder.text', href: routes.article('elder-support') },
  { id: 'land', title: 'home.situation.land.title', text: 'home.situation.land.text', href: routes.article('rural-land-rights') },
  { id: 'stations', title: 'home.situation.stations.title', text: 'home.situation.stations.text', href: routes.stations() },
  { id: 'hotlines', title: 'home.situation.hotlines.title', text: 'home.situation.hotlines.text', href: routes.page('hotlines') },
];

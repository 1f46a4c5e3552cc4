/**
 * Keeps open-day sessions honest on a cached page. Each [data-openday-root]
 * holds [data-openday-session] elements whose data-start / data-end /
 * data-registration-closes are instants written at build time. This script
 * re-evaluates them against Date.now(): an ended session is marked 已结束,
 * loses its registration and calendar links, and on the index moves to the
 * [data-openday-ended] list; registration closes at its deadline. When no
 * scheduled session is left, [data-openday-none] is shown and the feed link
 * [data-openday-feed] hidden. Without JavaScript the build-time state stands.
 */
import { instantState } from '../lib/openday-sessions.ts';
import { enhance } from './kit.ts';

const roots = new Set<HTMLElement>();
let listening = false;

function setHidden(elements: Iterable<HTMLElement>, hidden: boolean): void {
  for (const el of elements) el.hidden = hidden;
}

/** Brings one root in line with the current instant. */
function update(root: HTMLElement): void {
  const now = Date.now();
  const labels = { past: root.dataset.i18nPast, ongoing: root.dataset.i18nOngoing, closed: root.dataset.i18nClosed };
  for (const item of root.querySelectorAll<HTMLElement>('[data-openday-session]')) {
    const state = instantState(Date.parse(item.dataset.start ?? ''), Date.parse(item.dataset.end ?? ''), now);
    if (!state) continue;
    const badge = item.querySelector<HTMLElement>('[data-openday-state]');
    const cancelled = item.dataset.status === 'cancelled';
    if (state === 'past') {
      item.dataset.state = 'past';
      setHidden(item.querySelectorAll<HTMLElement>('[data-openday-live]'), true);
      if (badge && labels.past) badge.textContent = labels.past;
      const ended = root.querySelector<HTMLElement>('[data-openday-ended]');
      if (ended && item.tagName === 'LI' && item.parentElement !== ended.querySelector('ul')) {
        ended.querySelector('ul')?.prepend(item);
        ended.hidden = false;
      }
      continue;
    }
    if (cancelled) continue;
    if (state === 'ongoing' && badge && labels.ongoing) badge.textContent = labels.ongoing;
    const closes = Date.parse(item.dataset.registrationCloses ?? '');
    if (Number.isFinite(closes) && now >= closes && item.dataset.full !== 'true') {
      setHidden(item.querySelectorAll<HTMLElement>('[data-openday-register]'), true);
      setHidden(item.querySelectorAll<HTMLElement>('[data-openday-closed]'), false);
    }
  }
  const upcoming = root.querySelector<HTMLElement>('[data-openday-upcoming]');
  if (upcoming) {
    const left = upcoming.querySelectorAll('[data-openday-session]:not([data-state="past"])');
    const scheduled = [...left].filter((el) => (el as HTMLElement).dataset.status === 'scheduled');
    if (left.length === 0) upcoming.hidden = true;
    if (scheduled.length === 0) {
      setHidden(root.querySelectorAll<HTMLElement>('[data-openday-none]'), false);
      setHidden(root.querySelectorAll<HTMLElement>('[data-openday-feed]'), true);
    }
  }
}

function updateAll(): void {
  for (const root of roots) update(root);
}

/** Finds every session root once and keeps it current (on load, on return to the tab, and each minute). */
export function initOpenDaySessions(): void {
  let added = false;
  enhance('openday-root', {}, ({ root }) => {
    // A root without sessions (none at build time) is not drift: it has nothing to keep current.
    if (!root.querySelector('[data-openday-session]')) return;
    roots.add(root);
    added = true;
  });
  if (!added) return;
  updateAll();
  if (listening) return;
  listening = true;
  // A page restored from the back/forward cache or left open in a tab must catch up too.
  window.addEventListener('pageshow', updateAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') updateAll();
  });
  window.setInterval(updateAll, 60_000);
}

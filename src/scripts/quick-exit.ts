/**
 * Enhances the [data-quick-exit] link: one activation blanks the page and
 * replaces the history entry with the neutral site. Shortcuts: Escape twice
 * or Shift three times within a few seconds; progress is announced politely.
 */
import { countPresses } from '../lib/key-sequence.ts';

const STARTED = 'quickExitReady';

/** Blank the page immediately, then leave without leaving this page in Back. */
function leave(url: string): void {
  document.documentElement.style.background = '#fff';
  // textContent, not replaceChildren(): Chromium < 86 and Safari < 14 lack it, and a throw here kept
  // the reader on the page (issue 14: quick exit broken in Chromium 80).
  document.body.textContent = '';
  document.title = '';
  window.location.replace(url);
}

/** Wire up the quick-exit link and keyboard shortcuts once per page. */
export function initQuickExit(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!link || link.dataset[STARTED]) return;
  link.dataset[STARTED] = 'true';
  const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
  const template = link.dataset.i18nProgress ?? '';
  const url = link.href;

  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave(url);
  });

  const escape = countPresses({ needed: 2, withinMs: 3000 });
  const shift = countPresses({ needed: 3, withinMs: 5000 });
  document.addEventListener('keydown', (event) => {
    if (event.repeat) return;
    const counter = event.key === 'Escape' ? escape : event.key === 'Shift' ? shift : null;
    if (!counter) return;
    (counter === escape ? shift : escape).reset();
    const { count, done, needed } = counter.press(event.timeStamp);
    if (done) {
      leave(url);
    } else if (status) {
      status.textContent = template.replace('{n}', String(count)).replace('{left}', String(needed - count));
    }
  });
}

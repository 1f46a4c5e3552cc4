/**
 * Enhances the [data-quick-exit] link: one activation blanks the page and
 * replaces the history entry with the neutral site. Shortcuts: Escape twice
 * or Shift three times within a few seconds; progress is announced politely.
 */
import { countPresses } from '../lib/key-sequence.ts';
import { enhance } from './kit.ts';

/** Blank the page immediately, then leave without leaving this page in Back. */
function leave(url: string): void {
  document.documentElement.style.background = '#fff';
  document.body.replaceChildren();
  document.title = '';
  window.location.replace(url);
}

/** Wire up the quick-exit link and keyboard shortcuts once per page. */
export function initQuickExit(): void {
  enhance('quick-exit', {}, ({ root, text }) => {
    const status = document.querySelector<HTMLElement>('[data-quick-exit-status]');
    // The root is the link itself (a real link, so it works without JavaScript).
    const url = (root as HTMLAnchorElement).href;

    root.addEventListener('click', (event) => {
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
        status.textContent = text('progress', { n: count, left: needed - count });
      }
    });
  });
}

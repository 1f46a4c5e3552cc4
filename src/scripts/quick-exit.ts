/**
 * Enhances the [data-quick-exit] link: one activation blanks the page and
 * replaces the history entry with the neutral site. Shortcuts: Escape twice
 * or Shift three times within a few seconds; progress is announced politely.
 *
 * Leaving also deletes everything the site stored on the device (only the
 * display settings: text size, contrast). Decided for the reader at risk: a
 * saved large-text setting shows that this site was used here. The cost, a
 * reader who left by accident choosing large text again, is one click; the
 * safety page (content/pages/safety.mdx, 本站保存了什么) says so.
 */
import { countPresses } from '../lib/key-sequence.ts';
import { enhance } from './kit.ts';

/** Deletes the site's data on this device; storage may be off (private modes), which is fine. */
function forget(): void {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Nothing stored, nothing to delete.
  }
}

/** Blank the page immediately, then leave without leaving this page in Back. */
function leave(url: string): void {
  forget();
  document.documentElement.style.background = '#fff';
  // textContent, not replaceChildren(): Chromium < 86 and Safari < 14 lack it, and a throw here kept
  // the reader on the page (issue 14: quick exit broken in Chromium 80).
  document.body.textContent = '';
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

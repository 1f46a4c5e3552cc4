/**
 * Print buttons (action cards, the open-day sheet): each `button[data-print-button]` starts
 * hidden — without JavaScript the page still prints from the browser's menu, with the same
 * print layout — and is revealed and wired to window.print() here, once.
 */
import { enhance } from './kit.ts';

export function initPrintButtons(): void {
  enhance('print-button', {}, ({ root: button }) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
}

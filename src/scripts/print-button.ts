/**
 * Print buttons: each `button[data-print-button]` starts hidden (printing
 * without JavaScript goes through the browser's own menu) and is revealed and
 * wired to window.print() here. Safe to call more than once.
 */
export function initPrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-button]')) {
    if (button.dataset.printReady) continue;
    button.dataset.printReady = 'true';
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}

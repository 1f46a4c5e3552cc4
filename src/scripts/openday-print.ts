/** Reveals the [data-openday-print] button (hidden without JavaScript) and makes it open the print dialog. */
export function initOpenDayPrint(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-openday-print]');
  if (!button || button.dataset.ready) return;
  button.dataset.ready = 'true';
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

/** Reveals the [data-openday-print] button (hidden without JavaScript) and makes it open the print dialog. */
import { enhance } from './kit.ts';

export function initOpenDayPrint(): void {
  enhance('openday-print', {}, ({ root: button }) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
}

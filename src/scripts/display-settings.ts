/**
 * Enhances [data-display-settings]: text size and contrast applied to <html>
 * and kept in localStorage (the only thing the site stores, on the device).
 */
import { enhance, MarkupError, report } from './kit.ts';

type TextSize = 'standard' | 'large' | 'xlarge';
interface Prefs {
  text?: TextSize | undefined;
  contrast?: 'high' | undefined;
}

function read(key: string): Prefs {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '{}') as Prefs;
  } catch {
    return {};
  }
}

function write(key: string, prefs: Prefs): void {
  try {
    if (!prefs.text && !prefs.contrast) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(prefs));
  } catch {
    // Private modes may refuse storage: the setting still applies to this page.
  }
}

function apply(prefs: Prefs): void {
  const root = document.documentElement;
  if (prefs.text && prefs.text !== 'standard') root.dataset.text = prefs.text;
  else delete root.dataset.text;
  if (prefs.contrast === 'high') root.dataset.contrast = 'high';
  else delete root.dataset.contrast;
}

/** Wire up the display controls once. */
export function initDisplaySettings(): void {
  enhance('display-settings', { contrast: ['[data-contrast-toggle]', HTMLButtonElement], status: '[data-prefs-status]' }, ({ root: box, parts, text }) => {
    const key = box.dataset.prefsKey;
    if (!key) {
      report(new MarkupError('[data-display-settings]: missing data-prefs-key'));
      return;
    }
    const { contrast, status } = parts;
    const sizeButtons = [...box.querySelectorAll<HTMLButtonElement>('[data-text-size]')];
    let prefs = read(key);

    const render = () => {
      apply(prefs);
      for (const b of sizeButtons) b.setAttribute('aria-pressed', String((prefs.text ?? 'standard') === b.dataset.textSize));
      contrast.setAttribute('aria-pressed', String(prefs.contrast === 'high'));
    };

    for (const b of sizeButtons) {
      b.addEventListener('click', () => {
        const size = b.dataset.textSize as TextSize;
        prefs = { ...prefs, text: size === 'standard' ? undefined : size };
        write(key, prefs);
        render();
      });
    }
    contrast.addEventListener('click', () => {
      prefs = { ...prefs, contrast: prefs.contrast === 'high' ? undefined : 'high' };
      write(key, prefs);
      render();
    });
    box.querySelector('[data-prefs-clear]')?.addEventListener('click', () => {
      prefs = {};
      write(key, prefs);
      render();
      status.textContent = text('cleared');
    });

    render();
    box.hidden = false;
  });
}

/**
 * `/` focuses the search box on every page (the search page's own box when there is one,
 * else the header's, marked data-search-shortcut). Ignored while the reader is typing in a
 * field or holding a modifier, so it never steals a real slash.
 */
import { enhance } from './kit.ts';

/** One listener per page, however many boxes carry the marker. */
let listening = false;

function onKey(event: KeyboardEvent): void {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]'))) return;
  const input =
    document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('input[data-search-shortcut]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
}

export function initSearchShortcut(): void {
  enhance('search-shortcut', {}, () => {
    if (listening) return;
    listening = true;
    document.addEventListener('keydown', onKey);
  });
}

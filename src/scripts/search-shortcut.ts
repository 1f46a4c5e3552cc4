/**
 * `/` focuses the search box on every page (the search page's own box when there is one,
 * else the visible header box marked data-search-box, opening 菜单 on a phone; the header
 * carries the data-search-shortcut hook, so the listener starts once). Ignored while the reader is typing in a
 * field or holding a modifier, so it never steals a real slash.
 */
import { enhance } from './kit.ts';

/** One listener per page, however many boxes carry the marker. */
let listening = false;

function onKey(event: KeyboardEvent): void {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]'))) return;
  // The header's box is shown on wide screens; on a phone it is the one behind 菜单, opened here.
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input[data-search-box]')];
  const input =
    document.querySelector<HTMLInputElement>('[data-search-input]') ??
    boxes.find((box) => box.getClientRects().length > 0) ??
    boxes.find((box) => box.closest('details'));
  if (!input) return;
  const menu = input.closest('details');
  if (menu && !menu.open) menu.open = true;
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

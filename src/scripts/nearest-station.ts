/**
 * Enhances [data-station-finder]: "离我最近" with the device's location, or the distance from
 * a chosen township's approximate centre. Everything is computed here, on the device: the
 * position is never sent anywhere (no fetch, no beacon, no image request).
 *
 * Config comes from the markup: the places and the region in a JSON <script> inside the
 * finder, every visible string in data-i18n-* attributes.
 */
import { formatDistance, type BBox, type LatLng } from '../lib/geo.ts';
import { findNearest } from '../lib/station-directory.ts';

interface FinderPlace {
  name: string;
  href: string;
  kind: string;
  coordinates?: LatLng & { approximate?: boolean };
}

interface FinderData {
  places: FinderPlace[];
  region: { bbox: BBox; farKm: number };
}

const fill = (template: string | undefined, vars: Record<string, string>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Wire up the nearest-station finder once. */
export function initStationFinder(): void {
  const root = document.querySelector<HTMLElement>('[data-station-finder]');
  if (!root || root.dataset.ready) return;
  const locate = root.querySelector<HTMLButtonElement>('[data-finder-locate]');
  const form = root.querySelector<HTMLFormElement>('[data-finder-township-form]');
  const select = root.querySelector<HTMLSelectElement>('[data-finder-township]');
  const status = root.querySelector<HTMLElement>('[data-finder-status]');
  const heading = root.querySelector<HTMLElement>('[data-finder-heading]');
  const list = root.querySelector<HTMLOListElement>('[data-finder-results]');
  const far = root.querySelector<HTMLElement>('[data-finder-far]');
  const hotlines = root.querySelector<HTMLTemplateElement>('template[data-finder-far-hotlines]');
  const source = root.querySelector('[data-finder-data]');
  if (!locate || !form || !select || !status || !heading || !list || !far || !hotlines || !source) return;
  let data: FinderData;
  try {
    data = JSON.parse(source.textContent ?? '') as FinderData;
  } catch {
    return;
  }
  root.dataset.ready = 'true';
  const s = root.dataset;

  const say = (text: string) => {
    status.textContent = text;
  };

  const clear = () => {
    list.textContent = ''; // not replaceChildren(): Chromium < 86 and Safari < 14 lack it
    heading.hidden = true;
    list.hidden = true;
    far.hidden = true;
  };

  const show = (origin: LatLng, fromTownship: string | null) => {
    clear();
    const result = findNearest(origin, data.places, data.region);
    if (result.position === 'far') {
      if (!far.firstChild) far.append(hotlines.content.cloneNode(true));
      far.hidden = false;
      say(s.i18nFar ?? '');
      return;
    }
    for (const place of result.ranked) {
      const item = el('li', place.highlighted ? 'card border-2 border-[var(--color-brand)]' : 'card');
      const link = el('a', 'font-bold text-lg', place.name);
      link.href = place.href;
      item.append(link, el('p', 'text-sm', place.kind));
      if (place.distanceKm === null) {
        item.append(el('p', 'mt-1 font-bold', s.i18nUnlocated));
      } else {
        const distance = fill(s.i18nDistance, { d: formatDistance(place.distanceKm) });
        const approx = place.coordinates?.approximate ? s.i18nApprox ?? '' : '';
        item.append(el('p', 'mt-1', distance + approx));
        if (place.highlighted) item.append(el('p', 'mt-1 font-bold text-[var(--color-brand)]', s.i18nNear));
      }
      item.dataset.finderPlace = place.href;
      list.append(item);
    }
    const nearest = result.ranked[0];
    heading.textContent = fromTownship ? fill(s.i18nHeadingTownship, { township: fromTownship }) : s.i18nHeading ?? '';
    heading.hidden = false;
    list.hidden = false;
    say(
      nearest && nearest.distanceKm !== null
        ? fill(fromTownship ? s.i18nDoneTownship : s.i18nDone, {
            township: fromTownship ?? '',
            name: nearest.name,
            d: formatDistance(nearest.distanceKm),
          })
        : s.i18nNoneLocated ?? '',
    );
  };

  locate.addEventListener('click', () => {
    clear();
    if (!('geolocation' in navigator)) {
      say(s.i18nUnsupported ?? '');
      return;
    }
    say(s.i18nLocating ?? '');
    locate.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        locate.disabled = false;
        show({ lat: pos.coords.latitude, lng: pos.coords.longitude }, null);
      },
      (err) => {
        locate.disabled = false;
        say((err.code === err.PERMISSION_DENIED ? s.i18nDenied : err.code === err.TIMEOUT ? s.i18nTimeout : s.i18nUnavailable) ?? '');
      },
      // A coarse fix is enough to compare distances of a few km, and quicker on cheap phones.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const option = select.selectedOptions[0];
    const lat = Number(option?.dataset.lat);
    const lng = Number(option?.dataset.lng);
    if (!option || !option.value || !Number.isFinite(lat) || !Number.isFinite(lng)) {
      clear();
      say(s.i18nChoose ?? '');
      return;
    }
    show({ lat, lng }, option.textContent?.trim() ?? '');
  });

  root.hidden = false;
}

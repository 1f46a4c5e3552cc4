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
import { enhance, MarkupError, report } from './kit.ts';

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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Wire up the nearest-station finder once. */
export function initStationFinder(): void {
  enhance(
    'station-finder',
    {
      locate: ['[data-finder-locate]', HTMLButtonElement],
      form: ['[data-finder-township-form]', HTMLFormElement],
      select: ['[data-finder-township]', HTMLSelectElement],
      status: '[data-finder-status]',
      heading: '[data-finder-heading]',
      list: ['[data-finder-results]', HTMLOListElement],
      far: '[data-finder-far]',
      hotlines: ['template[data-finder-far-hotlines]', HTMLTemplateElement],
      source: ['[data-finder-data]', HTMLScriptElement],
    },
    ({ root, parts, text }) => {
      const { locate, form, select, status, heading, list, far, hotlines, source } = parts;
      let data: FinderData;
      try {
        data = JSON.parse(source.textContent ?? '') as FinderData;
      } catch {
        root.hidden = true;
        report(new MarkupError('[data-station-finder]: [data-finder-data] is not valid JSON'));
        return;
      }
      // Optional: the line naming the routes every township has (older markup may lack it).
      const local = root.querySelector<HTMLElement>('[data-finder-local]');

      const say = (message: string) => {
        status.textContent = message;
      };

      const clear = () => {
        list.textContent = ''; // not replaceChildren(): Chromium < 86 and Safari < 14 lack it
        heading.hidden = true;
        list.hidden = true;
        far.hidden = true;
        if (local) local.hidden = true;
      };

      const show = (origin: LatLng, fromTownship: string | null) => {
        clear();
        // A township's centre is not the reader's position: nothing is called near from it.
        const result = findNearest(origin, data.places, data.region, { originApproximate: fromTownship !== null });
        if (result.position === 'far') {
          if (!far.firstChild) far.append(hotlines.content.cloneNode(true));
          far.hidden = false;
          say(text('far'));
          return;
        }
        for (const place of result.ranked) {
          const item = el('li', place.highlighted ? 'card border-2 border-[var(--color-brand)]' : 'card');
          const link = el('a', 'font-bold text-lg', place.name);
          link.href = place.href;
          item.append(link, el('p', 'text-sm', place.kind));
          if (place.distanceKm === null) {
            item.append(el('p', 'mt-1 font-bold', text('unlocated')));
          } else {
            const distance = text('distance', { d: formatDistance(place.distanceKm) });
            const approx = place.coordinates?.approximate ? text('approx') : '';
            item.append(el('p', 'mt-1', distance + approx));
            if (place.highlighted) item.append(el('p', 'mt-1 font-bold text-[var(--color-brand)]', text('near')));
          }
          item.dataset.finderPlace = place.href;
          list.append(item);
        }
        const nearest = result.ranked[0];
        heading.textContent = fromTownship ? text('headingTownship', { township: fromTownship }) : text('heading');
        heading.hidden = false;
        list.hidden = false;
        // Whatever the list holds, every township has these routes (named, never with invented numbers).
        if (local) {
          const where = fromTownship ? text('localIn', { township: fromTownship }) : text('localHere');
          local.textContent = text('local', { where });
          local.hidden = false;
        }
        say(
          nearest && nearest.distanceKm !== null
            ? text(fromTownship ? 'doneTownship' : 'done', {
                township: fromTownship ?? '',
                name: nearest.name,
                d: formatDistance(nearest.distanceKm),
              })
            : text('noneLocated'),
        );
      };

      locate.addEventListener('click', () => {
        clear();
        if (!('geolocation' in navigator)) {
          say(text('unsupported'));
          return;
        }
        say(text('locating'));
        locate.disabled = true;
        navigator.geolocation.getCurrentPosition(
          (pos) => {
            locate.disabled = false;
            show({ lat: pos.coords.latitude, lng: pos.coords.longitude }, null);
          },
          (err) => {
            locate.disabled = false;
            say(text(err.code === err.PERMISSION_DENIED ? 'denied' : err.code === err.TIMEOUT ? 'timeout' : 'unavailable'));
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
          say(text('choose'));
          return;
        }
        show({ lat, lng }, option.textContent?.trim() ?? '');
      });

      root.hidden = false;
    },
  );
}

/**
 * The one script of every page (BaseLayout's only processed <script>). Astro bundles each
 * component's <script> as a file of its own, plus a shared chunk for what they import, so
 * enhancements are registered here instead: a page costs its HTML, the stylesheet and this file.
 *
 * - Site-wide enhancements are small and on every page: imported here and started at once,
 *   each in its own start() so one failing cannot stop another (the quick exit starts first).
 * - Page-specific or heavy ones are fetched by a dynamic import() only where their marker is on
 *   the page (startWhere), so no page loads code it does not use. Their chunks import the kit
 *   from this file, which the page already has.
 *
 * Each enhancement still finds its own [data-…] markup and starts once (kit.ts, enhance()).
 */
import { start, startWhere } from './kit.ts';
import { initDisplaySettings } from './display-settings.ts';
import { initPrintButtons } from './print-button.ts';
import { initQuickExit } from './quick-exit.ts';
import { initReadAloud } from './read-aloud.ts';
import { initSearchShortcut } from './search-shortcut.ts';
import { initSearchWarm } from './search-warm.ts';

// Every page. The print buttons (action cards, the open-day sheet) are ~100 bytes: cheaper here
// than a request of their own on the pages that have one.
start(initQuickExit);
start(initDisplaySettings);
start(initReadAloud);
start(initSearchShortcut);
start(initPrintButtons);
// The header search box's warm-up (forms marked data-search-warm): small, and it fetches
// Pagefind's files only on the reader's first focus, so it is started here, not import()ed.
start(initSearchWarm);

// Only on the pages that carry the marker.
startWhere('[data-search]', () => import('./search.ts').then((m) => m.initSearch()));
startWhere('[data-station-finder]', () => import('./nearest-station.ts').then((m) => m.initStationFinder()));
startWhere('[data-opening-status]', () => import('./opening-status.ts').then((m) => m.initOpeningStatus()));
// Open-day pages without sessions have the root but nothing to keep current.
startWhere('[data-openday-root] [data-openday-session]', () => import('./openday-sessions.ts').then((m) => m.initOpenDaySessions()));

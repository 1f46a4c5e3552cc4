/**
 * The browser floor (package.json "browserslist": Chromium ≥ 80, Safari/iOS ≥ 12.2) turned into
 * the settings the build needs: Lightning CSS targets, the JS syntax target, and the PostCSS steps
 * that make Tailwind 4's output work without cascade layers or @property. Node-only (build time).
 * README "Browser floor" says why each step exists; tests/compat proves it in Chromium 80 and 92.
 */
import browserslist from 'browserslist';
import { browserslistToTargets } from 'lightningcss';
import postcssCascadeLayers from '@csstools/postcss-cascade-layers';
import selectorParser from 'postcss-selector-parser';
import { selectorSpecificity } from '@csstools/selector-specificity';
import type { AcceptedPlugin, Root, Rule } from 'postcss';

const root = new URL('../../', import.meta.url).pathname;

/** The floor's browsers, resolved from the "browserslist" key of package.json (one source). */
export const floorBrowsers: string[] = browserslist(undefined, { path: root });

/** Lightning CSS targets for the floor (lowers colours, media ranges, nesting, logical properties…). */
export const cssTargets = browserslistToTargets(floorBrowsers);

/**
 * The JS syntax target for Vite/Rolldown, e.g. ['chrome80', 'safari12.2']: the lowest version of
 * each engine on the floor. iOS Safari is the same engine as Safari, so it maps to safari too.
 */
export const jsTargets: string[] = (() => {
  const lowest = new Map<string, number>();
  for (const entry of floorBrowsers) {
    const [name, range] = entry.split(' ');
    const engine = ({ chrome: 'chrome', and_chr: 'chrome', safari: 'safari', ios_saf: 'safari' } as Record<string, string>)[name!];
    if (!engine) continue;
    const version = Number.parseFloat(range!.split('-')[0]!);
    if (!lowest.has(engine) || version < lowest.get(engine)!) lowest.set(engine, version);
  }
  return [...lowest].map(([engine, version]) => `${engine}${version}`);
})();

/** Pseudo-elements the floor does not know: a selector list naming one is dropped whole by such an engine. */
const FLOOR_UNKNOWN_PSEUDO_ELEMENTS = ['::backdrop', '::file-selector-button'];

/**
 * Tailwind declares its --tw-* defaults twice: with @property (Chromium 85+, Safari 16.4+) and, for
 * engines without it, on every element inside an @supports that only matches old Safari and Firefox.
 * Chromium 80–84 matches neither, so `border`, `font-bold` and shadows lost their values there.
 * Unwrapping the @supports applies the defaults everywhere — what Tailwind already ships to Safari
 * < 16.4 — and modern engines compute the same values (the properties are declared non-inherited).
 */
export function tailwindPropertyDefaultsEverywhere(): AcceptedPlugin {
  return {
    postcssPlugin: 'gardenia-tailwind-property-defaults',
    AtRule: {
      supports(atRule) {
        if (atRule.params.includes('-webkit-hyphens') && atRule.params.includes('margin-trim')) atRule.replaceWith(atRule.nodes ?? []);
      },
    },
  };
}

/**
 * Splits a selector list that names a pseudo-element the floor lacks (e.g. Tailwind's preflight
 * `button, input, …, ::file-selector-button { font: inherit }`), so old engines keep the rest.
 * Same declarations, same order: modern engines compute the same styles.
 */
export function splitUnknownPseudoElements(): AcceptedPlugin {
  return {
    postcssPlugin: 'gardenia-split-unknown-pseudo-elements',
    Rule(rule: Rule) {
      if (rule.selectors.length < 2) return;
      const unknown = rule.selectors.filter((s) => FLOOR_UNKNOWN_PSEUDO_ELEMENTS.some((p) => s.includes(p)));
      if (unknown.length === 0 || unknown.length === rule.selectors.length) return;
      const known = rule.selectors.filter((s) => !unknown.includes(s));
      // One rule per unknown selector, so ::backdrop failing in Safari 12 cannot take ::file-selector-button with it.
      for (const selector of unknown.reverse()) rule.after(rule.clone({ selectors: [selector] }));
      rule.selectors = known;
    },
  };
}

/**
 * How much specificity postcss-cascade-layers adds to the unlayered rules of Tailwind's bundle:
 * (number of layers) × (1 + most IDs in one selector) = 5 × 1 with Tailwind 4's five layers and no
 * ID selectors. Component <style> blocks are separate files without layers, so they get the same
 * boost here: unlayered styles must keep beating every layer, as they do with real layers.
 */
export const UNLAYERED_BOOST = 5;

const PSEUDO_ELEMENTS_OLD_SYNTAX = new Set([':before', ':after', ':first-line', ':first-letter']);

/** Adds `count` × `:not(#\#)` to the subject of a selector, before any pseudo-element. */
export function boostSelector(selector: string, count: number): string {
  return selectorParser((selectors) => {
    selectors.each((sel) => {
      const nodes = sel.nodes;
      let insertAt = nodes.length;
      for (let i = nodes.length - 1; i >= 0; i--) {
        const node = nodes[i]!;
        if (node.type === 'combinator') break;
        if (node.type === 'pseudo' && (node.value.startsWith('::') || PSEUDO_ELEMENTS_OLD_SYNTAX.has(node.value.toLowerCase()))) insertAt = i;
      }
      const anchor = insertAt < nodes.length ? nodes[insertAt]! : undefined;
      for (let n = 0; n < count; n++) {
        const boost = selectorParser.pseudo({ value: ':not' });
        boost.append(selectorParser.selector({ value: '' } as never).append(selectorParser.id({ value: '\\#' })));
        if (anchor) sel.insertBefore(anchor, boost);
        else sel.append(boost);
      }
    });
  }).processSync(selector);
}

function layerBoostOf(root: Root): number {
  const names = new Set<string>();
  root.walkAtRules('layer', (at) =>
    at.params
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .forEach((n) => names.add(n)),
  );
  let step = 1;
  root.walkRules((rule) => {
    for (const s of rule.selectors) {
      try {
        step = Math.max(step, selectorSpecificity(selectorParser().astSync(s)).a + 1);
      } catch {
        /* unparsable: the layers plugin warns */
      }
    }
  });
  return names.size * step;
}

/**
 * For a file with cascade layers (Tailwind's bundle): checks that its unlayered boost is the one
 * component styles get, and fails the build with the fix otherwise. For a file without layers
 * (a component's <style>): adds that boost to every rule except !important ones (which the layers
 * plugin leaves alone too) and keyframe steps.
 */
export function matchUnlayeredBoost(boost = UNLAYERED_BOOST): AcceptedPlugin {
  return {
    postcssPlugin: 'gardenia-match-unlayered-boost',
    Once(root) {
      let layered = false;
      root.walkAtRules('layer', () => {
        layered = true;
        return false;
      });
      if (layered) {
        const actual = layerBoostOf(root);
        if (actual !== boost) {
          throw root.error(
            `浏览器兼容：层级扁平化给无层样式的特异性是 ${actual}，而组件样式按 ${boost} 处理，二者必须相同。` +
              `修复：把 scripts/lib/browser-floor.ts 中的 UNLAYERED_BOOST 改为 ${actual}。`,
          );
        }
        return;
      }
      root.walkRules((rule) => {
        if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
        if (rule.some((node) => node.type === 'decl' && node.important === true)) return;
        // Astro runs a component's <style> through PostCSS twice; boost it once.
        if (rule.selector.includes(':not(#\\#)')) return;
        rule.selectors = rule.selectors.map((s) => boostSelector(s, boost));
      });
    },
  };
}

/** Splits a CSS value at top-level spaces (not inside var(), calc()…). */
export function topLevelValues(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

const SIDES: Record<string, [string, string] | [string]> = {
  'padding-inline': ['padding-left', 'padding-right'],
  'padding-block': ['padding-top', 'padding-bottom'],
  'margin-inline': ['margin-left', 'margin-right'],
  'margin-block': ['margin-top', 'margin-bottom'],
  'inset-inline': ['left', 'right'],
  'inset-block': ['top', 'bottom'],
  'padding-inline-start': ['padding-left'],
  'padding-inline-end': ['padding-right'],
  'margin-inline-start': ['margin-left'],
  'margin-inline-end': ['margin-right'],
  'inset-inline-start': ['left'],
  'inset-inline-end': ['right'],
};

/**
 * Logical shorthands (padding-inline, margin-inline, inset…: Chromium 87, Safari 14.1) as physical
 * sides. Lightning CSS leaves them when the value holds var(), as Tailwind's spacing does. The site
 * is written left to right, top to bottom (zh-CN), where both mean the same sides.
 */
export function physicalSides(): AcceptedPlugin {
  return {
    postcssPlugin: 'gardenia-physical-sides',
    Declaration(decl) {
      const prop = decl.prop.toLowerCase();
      if (prop === 'inset') {
        const v = topLevelValues(decl.value);
        const [top, right = top, bottom = top, left = right] = v;
        for (const [p, val] of [
          ['top', top],
          ['right', right],
          ['bottom', bottom],
          ['left', left],
        ] as const)
          decl.cloneBefore({ prop: p, value: val! });
        decl.remove();
        return;
      }
      const sides = SIDES[prop];
      if (!sides) return;
      const v = topLevelValues(decl.value);
      if (sides.length === 2) {
        decl.cloneBefore({ prop: sides[0], value: v[0]! });
        decl.cloneBefore({ prop: sides[1]!, value: v[1] ?? v[0]! });
      } else decl.cloneBefore({ prop: sides[0], value: decl.value });
      decl.remove();
    },
  };
}

/** The PostCSS steps, in order, for vite.css.postcss.plugins. Lightning CSS lowers the rest when minifying. */
export function floorPostcssPlugins(): AcceptedPlugin[] {
  return [
    matchUnlayeredBoost(),
    tailwindPropertyDefaultsEverywhere(),
    splitUnknownPseudoElements(),
    physicalSides(),
    // Cascade layers (Chromium 99, Safari 15.4): an engine without them drops every layered rule,
    // i.e. all of Tailwind. The plugin removes the layers and keeps their order by specificity.
    postcssCascadeLayers({ onConditionalRulesChangingLayerOrder: false }),
  ];
}

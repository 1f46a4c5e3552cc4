import { describe, expect, it } from 'vitest';
import postcss from 'postcss';
import {
  UNLAYERED_BOOST,
  boostSelector,
  floorPostcssPlugins,
  jsTargets,
  physicalSides,
  splitUnknownPseudoElements,
  tailwindPropertyDefaultsEverywhere,
  topLevelValues,
} from '../../scripts/lib/browser-floor.ts';

const run = (css: string, plugins = floorPostcssPlugins()) => postcss(plugins).process(css, { from: undefined }).css;
const B = ':not(#\\#)';

describe('the floor from package.json browserslist', () => {
  it('targets Chromium 80 and Safari 12.2 for scripts', () => {
    expect(jsTargets).toEqual(['chrome80', 'safari12.2']);
  });
});

describe('boostSelector adds specificity to the subject, before a pseudo-element', () => {
  it.each([
    ['.steps>li', 2, `.steps>li${B}${B}`],
    ['.steps>li:before', 1, `.steps>li${B}:before`],
    ['a::after', 1, `a${B}::after`],
    ['ol > li::marker', 1, `ol > li${B}::marker`],
    ['div', 0, 'div'],
  ])('%s ×%i → %s', (input, count, want) => {
    expect(boostSelector(input, count)).toBe(want);
  });
});

describe('topLevelValues', () => {
  it.each([
    ['1rem', ['1rem']],
    ['calc(var(--spacing) * 2)', ['calc(var(--spacing) * 2)']],
    ['0 auto', ['0', 'auto']],
    ['var(--a)  calc(1px + 2px)', ['var(--a)', 'calc(1px + 2px)']],
  ])('%s', (input, want) => expect(topLevelValues(input)).toEqual(want));
});

describe('physicalSides writes logical shorthands as left/right/top/bottom', () => {
  it.each([
    ['.a{padding-inline:calc(var(--spacing) * 2)}', '.a{padding-left:calc(var(--spacing) * 2);padding-right:calc(var(--spacing) * 2)}'],
    ['.a{margin-inline:0 auto}', '.a{margin-left:0;margin-right:auto}'],
    ['.a{padding-block:1px}', '.a{padding-top:1px;padding-bottom:1px}'],
    ['.a{padding-inline-start:20px}', '.a{padding-left:20px}'],
    ['.a{inset:0}', '.a{top:0;right:0;bottom:0;left:0}'],
    ['.a{inset:1px 2px}', '.a{top:1px;right:2px;bottom:1px;left:2px}'],
    ['.a{padding:1px}', '.a{padding:1px}'],
  ])('%s', (input, want) => expect(run(input, [physicalSides()])).toBe(want));
});

describe('splitUnknownPseudoElements', () => {
  it('moves ::file-selector-button and ::backdrop out of a list, keeping the declarations', () => {
    expect(run('button,input,::file-selector-button,::backdrop{font:inherit}', [splitUnknownPseudoElements()])).toBe(
      'button,input{font:inherit}::file-selector-button{font:inherit}::backdrop{font:inherit}',
    );
  });
  it('leaves a rule alone when it has nothing else', () => {
    expect(run('::backdrop{color:red}', [splitUnknownPseudoElements()])).toBe('::backdrop{color:red}');
  });
});

describe("tailwindPropertyDefaultsEverywhere unwraps Tailwind's @property fallback", () => {
  it('applies the --tw-* defaults without the old-Safari/Firefox condition', () => {
    const css =
      '@supports (((-webkit-hyphens:none)) and (not (margin-trim:block))) or ((-moz-orient:inline) and (not (color:rgb(from red r g b)))){*{--tw-border-style:solid}}';
    expect(run(css, [tailwindPropertyDefaultsEverywhere()])).toBe('*{--tw-border-style:solid}');
  });
  it('keeps other @supports blocks', () => {
    const css = '@supports (color:color-mix(in lab, red, red)){a{color:red}}';
    expect(run(css, [tailwindPropertyDefaultsEverywhere()])).toBe(css);
  });
});

describe('the whole chain keeps the cascade of layers without @layer', () => {
  const tailwindLike =
    '@layer properties, theme, base, components, utilities;' +
    '@layer theme{:root{--c:red}}@layer base{a{color:blue}*{margin:0}}@layer components{.prose p{margin-top:1em}}' +
    '@layer utilities{.mt-0{margin-top:0}}@layer properties{*{--tw-x:1}}';
  const out = run(tailwindLike);

  it('leaves no @layer', () => expect(out).not.toContain('@layer'));
  it('gives a later layer more specificity than any earlier one (utility beats component)', () => {
    const count = (sel: string) => (out.split(/(?<=\})/).find((r) => r.startsWith(sel)) ?? '').split(B).length - 1;
    expect(count('.prose')).toBeGreaterThan(count('a'));
    expect(count('.mt-0')).toBeGreaterThan(count('.prose'));
  });
  it('gives a component <style> (a file without layers) the boost of unlayered rules', () => {
    expect(run('.steps[data-astro-cid-x]>li{padding-left:3rem}')).toBe(`.steps[data-astro-cid-x]>li${B.repeat(UNLAYERED_BOOST)}{padding-left:3rem}`);
  });
  it('boosts a component rule once, though Astro runs it through PostCSS twice', () => {
    expect(run(run('.a{color:red}'))).toBe(run('.a{color:red}'));
  });
  it('fails the build, naming the fix, when the layers would need another boost', () => {
    expect(() => run('@layer a, b;@layer a{#x{color:red}}@layer b{.y{color:blue}}')).toThrow(/UNLAYERED_BOOST 改为 4/);
  });
});

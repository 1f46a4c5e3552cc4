import { describe, expect, it } from 'vitest';
import { isCurrentSection, navItems } from '../../src/lib/navigation.ts';

describe('isCurrentSection', () => {
  it.each([
    ['/', '/', true],
    ['/articles/', '/', false],
    ['/articles/', '/articles/', true],
    ['/articles/protection-order/', '/articles/', true],
    ['/articles', '/articles/', true],
    ['/about/', '/articles/', false],
  ])('%s in %s → %s', (path, href, expected) => expect(isCurrentSection(path, href)).toBe(expected));
  it('lists the seven sections in the order the brief gives', () => {
    expect(navItems.map((i) => i.href)).toEqual(['/', '/articles/', '/opendays/', '/stations/', '/cases/', '/search/', '/about/']);
  });
});

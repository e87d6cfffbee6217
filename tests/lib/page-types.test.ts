import { describe, expect, it } from 'vitest';
import { PAGE_TYPES, SITE_PAGES, sourceOfPage } from '../../src/lib/page-types.ts';

const ROUTES = [
  { pattern: /^\/changes(?:\/(.*?))?\/?$/, file: 'src/pages/changes/[...page].astro' },
  { pattern: /^\/about\/?$/, file: 'src/pages/about.astro' },
];

describe('sourceOfPage', () => {
  it.each([
    ['topics/blkfront/index.html', 'content/topics/blkfront.mdx'],
    ['changes/base/r286062/index.html', 'content/changes/base/r286062.md'],
    ['changes/src/65f22ccf8247/index.html', 'content/changes/src/65f22ccf8247.md'],
    ['advisories/FreeBSD-SA-21-06.xen/index.html', 'content/advisories/FreeBSD-SA-21-06.xen.md'],
    ['releases/11.0/index.html', 'content/releases/11.0.md'],
    ['people/royger/index.html', 'content/people/royger.md'],
    ['glossary/index.html', 'content/glossary/'],
  ])('names the content file of %s', (page, file) => {
    expect(sourceOfPage(page, ROUTES)).toBe(file);
  });

  it.each([
    ['changes/2/index.html', 'src/pages/changes/[...page].astro'],
    ['about/index.html', 'src/pages/about.astro'],
    ['nowhere/index.html', 'the page /nowhere/index.html'],
  ])('names the route of %s', (page, file) => {
    expect(sourceOfPage(page, ROUTES)).toBe(file);
  });

  it('gives every page type a distinct search kind', () => {
    const kinds = Object.values(PAGE_TYPES).map((type) => type.searchKind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});

describe('SITE_PAGES', () => {
  it("lists every page type's list page once, after Home and the support matrix and before About", () => {
    const indexes = Object.values(PAGE_TYPES).flatMap((type) => ('index' in type ? [type.index] : []));
    expect(SITE_PAGES.slice(2, -1)).toEqual(indexes);
    expect(SITE_PAGES.map((page) => page.label)).toEqual(
      expect.arrayContaining(['Home', 'Support matrix', 'About']),
    );
    expect(SITE_PAGES[0]?.label).toBe('Home');
    expect(SITE_PAGES.at(-1)?.label).toBe('About');
    expect(new Set(SITE_PAGES.map((page) => page.path)).size).toBe(SITE_PAGES.length);
  });
});

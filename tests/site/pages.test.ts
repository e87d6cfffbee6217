import { describe, expect, it } from 'vitest';
import { attributeValues, BASE_BUILD, BASE_PATH, readPages } from '../../scripts/lib/dist.ts';

const pages = readPages();

describe('every built page', () => {
  it.each(pages.map(({ file, html }) => [file, html] as const))(
    '%s has lang, a title, a description and one h1',
    (_, html) => {
      expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/i);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(attributeValues(html, 'content').length).toBeGreaterThan(0);
      expect(html).toMatch(/<meta name="description" content="[^"]{40,}"/);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    },
  );
});

describe('a build under BASE_PATH', () => {
  const basePages = readPages(BASE_BUILD);

  it('builds the same pages', () => {
    expect(basePages.map((page) => page.file)).toEqual(pages.map((page) => page.file));
  });

  it('has no internal link or asset outside the base path', () => {
    const outside = basePages.flatMap(({ file, html }) =>
      ['href', 'src', 'action']
        .flatMap((attribute) => attributeValues(html, attribute))
        .filter((url) => url.startsWith('/') && !url.startsWith(BASE_PATH))
        .map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('links Markdown written from the site root under the base path', () => {
    const topic = basePages.find((page) => page.file === 'topics/blkfront/index.html');
    expect(topic?.html).toMatch(new RegExp(`href="${BASE_PATH}(topics|glossary)/`));
  });
});

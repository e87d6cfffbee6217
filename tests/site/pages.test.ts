import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BASE_BUILD, BASE_PATH, readPages } from '../../scripts/lib/dist.ts';
import { attributeValues, text } from '../../scripts/lib/html.ts';

const pages = readPages().map((page) => ({ ...page, root: parse(page.html) }));

describe('every built page', () => {
  it.each(pages.map(({ file, html, root }) => [file, html, root] as const))(
    '%s has lang, a title, a description and one h1',
    (_, html, root) => {
      expect(html).toMatch(/^<!DOCTYPE html>/i);
      expect(root.querySelector('html')?.getAttribute('lang')).toBe('en');
      expect(text(root.querySelector('title')).length).toBeGreaterThan(3);
      expect(
        root.querySelector('meta[name="description"]')?.getAttribute('content')?.length,
      ).toBeGreaterThanOrEqual(40);
      expect(root.querySelectorAll('h1')).toHaveLength(1);
    },
  );

  it.each(pages.map(({ file, html }) => [file, html] as const))(
    '%s has one contentinfo landmark: the site footer, and no other <footer>',
    (_, html) => {
      expect(html.match(/<footer[\s>][^>]*/g)).toEqual(['<footer class="site-footer"']);
    },
  );
});

describe('a build under BASE_PATH', () => {
  const basePages = readPages(BASE_BUILD).map((page) => ({ ...page, root: parse(page.html) }));

  it('builds the same pages', () => {
    expect(basePages.map((page) => page.file)).toEqual(pages.map((page) => page.file));
  });

  it('has no internal link or asset outside the base path', () => {
    const outside = basePages.flatMap(({ file, root }) =>
      ['href', 'src', 'action']
        .flatMap((attribute) => attributeValues(root, attribute))
        .filter((url) => url.startsWith('/') && !url.startsWith(BASE_PATH))
        .map((url) => `${file}: ${url}`),
    );
    expect(outside).toEqual([]);
  });

  it('places Markdown links written from the site root under the base path', () => {
    const topic = basePages.find((page) => page.file === 'topics/blkfront/index.html');
    const links = topic
      ? attributeValues(topic.root, 'href').filter((href) => /^\/.*\/(topics|glossary)\//.test(href))
      : [];
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href.startsWith(BASE_PATH), href).toBe(true);
  });
});

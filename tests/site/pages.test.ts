import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { BASE_BUILD, BASE_PATH, readPages } from '../../scripts/lib/dist.ts';
import { attributeValues, text } from '../../scripts/lib/html.ts';
import { longPage } from './long-pages.ts';

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

describe('every long page (three sections or more)', () => {
  const long = pages.filter(({ html }) => longPage(html));

  it('is found among the topics, the releases and the lists', () => {
    expect(long.some(({ file }) => file.startsWith('topics/'))).toBe(true);
    expect(long.some(({ file }) => file.startsWith('releases/'))).toBe(true);
    expect(long.map(({ file }) => file)).toContain('support/index.html');
  });

  it.each(long.map(({ file, root }) => [file, root] as const))(
    '%s offers "On this page" under its title, linking each of its sections (a box aside is not one)',
    (_, root) => {
      const block = root.querySelector('main details.toc-inline');
      expect(text(block?.querySelector('summary'))).toBe('On this page');
      const targets = (block?.querySelectorAll('a') ?? []).map((link) => link.getAttribute('href') ?? '');
      const sections = root
        .querySelectorAll('main h2[id]')
        .filter((heading) => !heading.closest('details, nav, aside'))
        .map((heading) => `#${heading.id}`);
      expect(sections.length).toBeGreaterThanOrEqual(3);
      expect(targets).toEqual(expect.arrayContaining(sections));
      for (const target of targets) expect(root.querySelector(target), target).not.toBeNull();
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

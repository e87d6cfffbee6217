import { describe, expect, it } from 'vitest';
import {
  fileForPath,
  pageUrl,
  resolveLink,
  type ResolvedLink,
  type SiteLocation,
} from '../../../src/lib/site-check/resolve.ts';

const ORIGIN = 'https://owner.github.io';
const AT_ROOT: SiteLocation = { origin: ORIGIN, base: '/' };
const UNDER_BASE: SiteLocation = { origin: ORIGIN, base: '/freebsd-xen/' };

/** A resolved link in a form that compares simply. */
function summary(resolved: ResolvedLink): string {
  switch (resolved.kind) {
    case 'internal':
      return resolved.fragment === undefined ? resolved.path : `${resolved.path} #${resolved.fragment}`;
    case 'external':
      return `external ${resolved.url.href}`;
    case 'ignored':
      return 'ignored';
    case 'broken':
      return `broken: ${resolved.reason}`;
  }
}

describe('pageUrl', () => {
  it.each([
    ['index.html', AT_ROOT, `${ORIGIN}/`],
    ['changes/index.html', AT_ROOT, `${ORIGIN}/changes/`],
    ['changes/base/r1/index.html', AT_ROOT, `${ORIGIN}/changes/base/r1/`],
    ['404.html', AT_ROOT, `${ORIGIN}/404.html`],
    ['index.html', UNDER_BASE, `${ORIGIN}/freebsd-xen/`],
    ['topics/pvh/index.html', UNDER_BASE, `${ORIGIN}/freebsd-xen/topics/pvh/`],
    ['404.html', UNDER_BASE, `${ORIGIN}/freebsd-xen/404.html`],
    ['xindex.html', AT_ROOT, `${ORIGIN}/xindex.html`],
  ])('serves %s at %s', (file, site, url) => {
    expect(pageUrl(file, site)).toBe(url);
  });
});

describe('fileForPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/changes/', 'changes/index.html'],
    ['/favicon.svg', 'favicon.svg'],
    ['/sitemap-index.xml', 'sitemap-index.xml'],
    ['/changes', 'changes'],
  ])('finds %s in %s', (path, file) => {
    expect(fileForPath(path)).toBe(file);
  });
});

describe('resolveLink at the site root', () => {
  const from = `${ORIGIN}/topics/pvh/`;
  it.each([
    ['/changes/', '/changes/'],
    ['../blkfront/', '/topics/blkfront/'],
    ['./', '/topics/pvh/'],
    ['#sources', '/topics/pvh/ #sources'],
    ['#', '/topics/pvh/ #'],
    ['/glossary/#grant-table', '/glossary/ #grant-table'],
    ['/glossary/#caf%C3%A9', '/glossary/ #café'],
    ['/topics/caf%C3%A9/', '/topics/café/'],
    ['/changes/?sort=new', '/changes/'],
    [`${ORIGIN}/about/`, '/about/'],
    ['  /about/  ', '/about/'],
    ['https://svnweb.freebsd.org/changeset/base/1', 'external https://svnweb.freebsd.org/changeset/base/1'],
    ['http://svnweb.freebsd.org/', 'external http://svnweb.freebsd.org/'],
    ['//example.com/x', 'external https://example.com/x'],
    ['http://owner.github.io/about/', 'external http://owner.github.io/about/'],
    ['mailto:someone@example.org', 'ignored'],
    ['data:image/png;base64,AAAA', 'ignored'],
    ['javascript:void(0)', 'broken: javascript: URL: only http(s) links are followed'],
    ['', 'broken: empty URL'],
    ['https://exa mple.com/', 'broken: not a valid URL'],
  ])('resolves %j to %s', (link, expected) => {
    expect(summary(resolveLink(link, from, AT_ROOT))).toBe(expected);
  });
});

describe('resolveLink under a base path', () => {
  const from = `${ORIGIN}/freebsd-xen/topics/pvh/`;
  it.each([
    ['/freebsd-xen/changes/', '/changes/'],
    ['/freebsd-xen/', '/'],
    ['../../glossary/#pv', '/glossary/ #pv'],
    ['#_top', '/topics/pvh/ #_top'],
    [`${ORIGIN}/freebsd-xen/about/`, '/about/'],
    ['/changes/', 'broken: outside the base path /freebsd-xen/'],
    ['/freebsd-xen', 'broken: outside the base path /freebsd-xen/'],
    ['/freebsd-xenophobe/', 'broken: outside the base path /freebsd-xen/'],
    ['../../../about/', 'broken: outside the base path /freebsd-xen/'],
  ])('resolves %j to %s', (link, expected) => {
    expect(summary(resolveLink(link, from, UNDER_BASE))).toBe(expected);
  });

  it('accepts a base written without slashes', () => {
    const resolved = resolveLink('/freebsd-xen/x/', from, { origin: ORIGIN, base: 'freebsd-xen' });
    expect(summary(resolved)).toBe('/x/');
  });
});

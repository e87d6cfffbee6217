import { describe, expect, it } from 'vitest';
import { checkLinks, formatProblems, type HtmlPage } from '../../../src/lib/site-check/links.ts';
import type { SiteLocation } from '../../../src/lib/site-check/resolve.ts';

const SITE: SiteLocation = { origin: 'https://owner.github.io', base: '/freebsd-xen/' };
const ALLOWED = ['svnweb.freebsd.org', 'github.com'];

/** A small build: a home page, a topic page with headings, a stylesheet-free favicon. */
const BUILD: HtmlPage[] = [
  { file: 'index.html', html: '<h1 id="_top">Home</h1><a href="/freebsd-xen/topics/pvh/">PVH</a>' },
  {
    file: 'topics/pvh/index.html',
    html: '<h1 id="_top">PVH</h1><h2 id="why-pvh">Why</h2><a name="legacy"></a><a href="#why-pvh">why</a>',
  },
  { file: '404.html', html: '<h1>Not found</h1><a href="/freebsd-xen/">home</a>' },
];
const FILES = new Set([...BUILD.map((page) => page.file), 'favicon.svg']);

/** Checks one extra page holding `html` against the small build. */
function problemsOf(html: string): string[] {
  const report = checkLinks(
    [...BUILD, { file: 'extra/index.html', html }],
    new Set([...FILES, 'extra/index.html']),
    {
      site: SITE,
      allowedHosts: ALLOWED,
    },
  );
  return report.problems.map((problem) => `${problem.kind}: ${problem.problem}`);
}

describe('checkLinks', () => {
  it.each([
    '<a href="/freebsd-xen/">home</a>',
    '<a href="/freebsd-xen/topics/pvh/#why-pvh">why</a>',
    '<a href="/freebsd-xen/topics/pvh/#_top">top</a>',
    '<a href="/freebsd-xen/topics/pvh/#legacy">old anchor</a>',
    '<a href="../topics/pvh/">relative</a>',
    '<link rel="icon" href="/freebsd-xen/favicon.svg">',
    '<img src="/freebsd-xen/favicon.svg" srcset="/freebsd-xen/favicon.svg 2x" alt="">',
    '<a href="/freebsd-xen/404.html">404</a>',
    '<h2 id="here">x</h2><a href="#here">same page</a>',
    '<a href="https://svnweb.freebsd.org/changeset/base/284296">r284296</a>',
    '<a href="https://GitHub.com/freebsd/freebsd-src">src</a>',
    '<a href="mailto:someone@example.org">mail</a>',
  ])('passes %s', (html) => {
    expect(problemsOf(html)).toEqual([]);
  });

  it.each([
    ['<a href="/freebsd-xen/topics/hvm/">x</a>', 'internal: no file topics/hvm/index.html in the build'],
    [
      '<a href="/freebsd-xen/topics/pvh">x</a>',
      'internal: no file topics/pvh in the build: write /topics/pvh/ (the site uses trailing slashes)',
    ],
    ['<a href="/topics/pvh/">x</a>', 'internal: outside the base path /freebsd-xen/'],
    ['<img src="/freebsd-xen/logo.png" alt="">', 'internal: no file logo.png in the build'],
    [
      '<img srcset="/freebsd-xen/favicon.svg 1x, /freebsd-xen/logo@2x.png 2x" alt="">',
      'internal: no file logo@2x.png in the build',
    ],
    [
      '<a href="/freebsd-xen/topics/pvh/#how-pvh">x</a>',
      'internal: no element with id "how-pvh" on topics/pvh/index.html',
    ],
    ['<a href="#nowhere">x</a>', 'internal: no element with id "nowhere" on extra/index.html'],
    ['<a href="#">x</a>', 'internal: empty fragment "#": name the element to go to'],
    ['<a href="#top">x</a>', 'internal: no element with id "top" on extra/index.html'],
    [
      '<a href="/freebsd-xen/favicon.svg#icon">x</a>',
      'internal: fragment #icon on favicon.svg, which is not an HTML page',
    ],
    ['<a href="javascript:void(0)">x</a>', 'internal: javascript: URL: only http(s) links are followed'],
    ['<a href="http://svnweb.freebsd.org/changeset/base/1">x</a>', 'external: http:// link: use https'],
    [
      '<a href="https://example.com/">x</a>',
      'external: host example.com is not in the allow-list (src/lib/site-check/external-hosts.ts)',
    ],
    [
      '<a href="https://www.github.com/">x</a>',
      'external: host www.github.com is not in the allow-list (src/lib/site-check/external-hosts.ts)',
    ],
  ])('reports %s', (html, expected) => {
    expect(problemsOf(html)).toEqual([expected]);
  });

  it('reports every broken link on every page, naming the page and the link as written', () => {
    const report = checkLinks(
      [
        { file: 'a/index.html', html: '<a href="/freebsd-xen/gone/">1</a><a href="#missing">2</a>' },
        { file: 'b/index.html', html: '<a href="http://github.com/">3</a>' },
      ],
      new Set(['a/index.html', 'b/index.html']),
      { site: SITE, allowedHosts: ALLOWED },
    );
    expect(formatProblems(report.problems)).toEqual([
      'a/index.html: /freebsd-xen/gone/ → no file gone/index.html in the build',
      'a/index.html: #missing → no element with id "missing" on a/index.html',
      'b/index.html: http://github.com/ → http:// link: use https',
    ]);
  });

  it('resolves relative links against a base href', () => {
    const page = { file: 'extra/index.html', html: '<base href="/freebsd-xen/topics/"><a href="pvh/">x</a>' };
    const report = checkLinks([...BUILD, page], new Set([...FILES, page.file]), {
      site: SITE,
      allowedHosts: ALLOWED,
    });
    expect(report.problems).toEqual([]);
  });

  it('counts pages, internal links, fragments and external links per host', () => {
    const report = checkLinks(
      [
        {
          file: 'index.html',
          html: [
            '<h2 id="a">a</h2><a href="#a">1</a>',
            '<a href="/freebsd-xen/">2</a>',
            '<img srcset="/freebsd-xen/x.png 1x, /freebsd-xen/y.png 2x" alt="">',
            '<a href="https://github.com/a">5</a><a href="https://github.com/b">6</a>',
            '<a href="https://svnweb.freebsd.org/">7</a><a href="mailto:x@example.org">8</a>',
          ].join(''),
        },
      ],
      new Set(['index.html', 'x.png', 'y.png']),
      { site: SITE, allowedHosts: ALLOWED },
    );
    expect(report).toMatchObject({ pages: 1, internal: 4, fragments: 1, external: 3 });
    expect(Object.fromEntries(report.hosts)).toEqual({ 'github.com': 2, 'svnweb.freebsd.org': 1 });
  });
});

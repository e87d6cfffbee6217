import { describe, expect, it } from 'vitest';
import { extractLinks, srcsetUrls } from '../../../src/lib/site-check/extract.ts';

const urls = (html: string): string[] => extractLinks(html).links.map((link) => link.url);

describe('srcsetUrls', () => {
  it.each([
    ['a.png', ['a.png']],
    ['a.png 1x, b.png 2x', ['a.png', 'b.png']],
    ['a.png 480w,b.png 960w', ['a.png', 'b.png']],
    ['  a.png  ,  b.png 2x  ', ['a.png', 'b.png']],
    ['a.png, b.png', ['a.png', 'b.png']],
    ['/img/x,y.png 1x, /img/z.png 2x', ['/img/x,y.png', '/img/z.png']],
    ['', []],
    [' , ', []],
  ])('reads %j as %j', (srcset, expected) => {
    expect(srcsetUrls(srcset)).toEqual(expected);
  });
});

describe('extractLinks', () => {
  it.each([
    ['<a href="/topics/">t</a>', ['/topics/']],
    ['<img src="/a.png" alt="">', ['/a.png']],
    ['<img srcset="/a.png 1x, /b.png 2x" alt="">', ['/a.png', '/b.png']],
    ['<picture><source srcset="/a.webp"><img src="/a.png" alt=""></picture>', ['/a.webp', '/a.png']],
    ['<link rel="icon" href="/favicon.svg">', ['/favicon.svg']],
    ['<script src="/app.js"></script>', ['/app.js']],
    ['<form action="/search/"></form>', ['/search/']],
    ['<video poster="/p.jpg"></video>', ['/p.jpg']],
    ['<svg><use xlink:href="#icon"></use><use href="#other"></use></svg>', ['#icon', '#other']],
    ['<a HREF="/upper/">t</a>', ['/upper/']],
    ['<a href="/q/?a=1&amp;b=2">t</a>', ['/q/?a=1&b=2']],
    ['<pre><code><a href="/in-code/">r1</a></code></pre>', ['/in-code/']],
    ['<noscript><a href="/no-js/">t</a></noscript>', ['/no-js/']],
  ])('finds the URLs of %s', (html, expected) => {
    expect(urls(html)).toEqual(expected);
  });

  it.each([
    ['<script>const a = \'<a href="/x/">\';</script>'],
    ['<style>a[href="/x/"] { color: red }</style>'],
    ['<!-- <a href="/x/">old</a> -->'],
    ['<p>write href="/x/" in prose</p>'],
    ['<a>no href</a>'],
  ])('finds no URL in %s', (html) => {
    expect(urls(html)).toEqual([]);
  });

  it('records where each URL was found', () => {
    expect(extractLinks('<img src="/a.png" srcset="/b.png 2x" alt="">').links).toEqual([
      { tag: 'img', attribute: 'src', url: '/a.png' },
      { tag: 'img', attribute: 'srcset', url: '/b.png' },
    ]);
  });

  it('collects ids on any element and names of anchors as fragment targets', () => {
    const { targets } = extractLinks(
      '<h1 id="_top">T</h1><section id="changes"></section><a name="old"></a><input name="q"><p id="">x</p>',
    );
    expect([...targets].sort()).toEqual(['_top', 'changes', 'old']);
  });

  it('reads a base href, and does not count it as a link', () => {
    const page = extractLinks('<head><base href="/docs/"></head><a href="x/">x</a>');
    expect(page.baseHref).toBe('/docs/');
    expect(page.links.map((link) => link.url)).toEqual(['x/']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../../src/lib/site-check/extract.ts';
import { markupHazard } from '../../../src/lib/site-check/hazards.ts';

const hazards = (html: string): readonly string[] => extractLinks(html).hazards;

describe('markupHazard', () => {
  it.each([
    [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<meta http-equiv="refresh"> navigates away',
    ],
    ['<META HTTP-EQUIV="Refresh" content="0">', '<meta http-equiv="refresh"> navigates away'],
    [
      '<meta http-equiv="set-cookie" content="a=b">',
      '<meta http-equiv="set-cookie"> sets what the server should',
    ],
    ['<base href="https://evil.example/">', '<base> changes where every link of the page points'],
    ['<iframe src="https://evil.example/"></iframe>', '<iframe> embeds another document'],
    ['<object data="x.swf"></object>', '<object> embeds a plugin or another document'],
    ['<embed src="x.swf">', '<embed> embeds a plugin or another document'],
    ['<img src="x" onerror="alert(1)">', '<img onerror> runs code'],
    ['<svg><animate onbegin="alert(1)"/></svg>', '<animate onbegin> runs code'],
    ['<a href="/" OnClick="x()">a</a>', '<a onclick> runs code'],
    ['<p style="display:none">x</p>', '<p style> styles inline, which the policy refuses'],
    [
      '<form action="https://evil.example/" method="post"><input name="q"></form>',
      '<form method="post" action="https://evil.example/"> sends what a reader types elsewhere',
    ],
    [
      '<form action="//evil.example/">',
      '<form method="get" action="//evil.example/"> sends what a reader types elsewhere',
    ],
    [
      '<form method="post" action="/search/">',
      '<form method="post" action="/search/"> sends what a reader types elsewhere',
    ],
  ])('finds %s', (html, hazard) => {
    expect(hazards(html)).toEqual([hazard]);
  });

  it.each([
    '<meta http-equiv="content-security-policy" content="default-src \'self\'">',
    '<form role="search" class="search-form" action="/freebsd-xen/search/" method="get"><input name="q"></form>',
    '<form method="dialog"><button>Close</button></form>',
    '<a href="/topics/netfront/" data-on="x" aria-label="on">netfront</a>',
    '<p title="<iframe onload=x()>">text</p>',
    '<pre><code>&lt;iframe onload="x()"&gt;</code></pre>',
  ])('lets the markup the site writes pass: %s', (html) => {
    expect(hazards(html)).toEqual([]);
  });

  it('names the element of a hazard it is given directly', () => {
    expect(markupHazard('frame', {})).toBe('<frame> embeds another document');
    expect(markupHazard('div', { class: 'x' })).toBeUndefined();
  });
});

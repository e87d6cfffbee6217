import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../../src/lib/inline-stylesheet.ts';

describe('inlineStylesheet', () => {
  const href = '/base/_astro/code-colors.css';

  it('puts the sheet in place of its link, trimmed', () => {
    const html = `<body><pre>x</pre><link rel="stylesheet" href="${href}"><script src="/a.js"></script></body>`;
    expect(inlineStylesheet(html, href, '.c1{color:red}\n')).toBe(
      '<body><pre>x</pre><style>.c1{color:red}</style><script src="/a.js"></script></body>',
    );
  });

  it('keeps a $ in the CSS as written', () => {
    const html = `<link rel="stylesheet" href="${href}">`;
    expect(inlineStylesheet(html, href, "a::after{content:'$&'}")).toBe(
      "<style>a::after{content:'$&'}</style>",
    );
  });

  it('leaves a page that links another sheet, or none, as it is', () => {
    const other = '<link rel="stylesheet" href="/base/_astro/print.css" media="print">';
    expect(inlineStylesheet(other, href, 'p{}')).toBe(other);
    expect(inlineStylesheet('<p>text</p>', href, 'p{}')).toBe('<p>text</p>');
  });
});

import { describe, expect, it } from 'vitest';
import { inlineStylesheet } from '../../src/lib/inline-stylesheet.ts';

describe('inlineStylesheet', () => {
  const href = '/base/_astro/code-colors.css';

  it('moves the sheet from its link into the end of the head, trimmed', () => {
    const html = `<head><title>t</title></head><body><pre>x</pre><link rel="stylesheet" href="${href}"><script src="/a.js"></script></body>`;
    expect(inlineStylesheet(html, href, '.c1{color:red}\n')).toBe(
      '<head><title>t</title><style>.c1{color:red}</style></head><body><pre>x</pre><script src="/a.js"></script></body>',
    );
  });

  it('keeps a $ in the CSS as written', () => {
    const html = `<head></head><body><link rel="stylesheet" href="${href}"></body>`;
    expect(inlineStylesheet(html, href, "a::after{content:'$&'}")).toBe(
      "<head><style>a::after{content:'$&'}</style></head><body></body>",
    );
  });

  it('leaves a page that links another sheet, or none, as it is', () => {
    const other = '<head></head><link rel="stylesheet" href="/base/_astro/print.css" media="print">';
    expect(inlineStylesheet(other, href, 'p{}')).toBe(other);
    expect(inlineStylesheet('<head></head><p>text</p>', href, 'p{}')).toBe('<head></head><p>text</p>');
  });
});

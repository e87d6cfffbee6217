import { describe, expect, it } from 'vitest';
import { firstParagraphText } from '../../src/lib/html-text.ts';

describe('firstParagraphText', () => {
  it('gives the text of the first paragraph, tags dropped and white space folded', () => {
    expect(
      firstParagraphText(
        '<h2>Title</h2>\n<p>First <a href="x">link</a>\n and <em>more</em>.</p><p>Second.</p>',
      ),
    ).toBe('First link and more.');
  });

  it('keeps code as text, entities decoded once', () => {
    expect(firstParagraphText('<p>Set <code>&lt;nic&gt;</code> &amp; <code>a &amp;amp; b</code></p>')).toBe(
      'Set <nic> & a &amp; b',
    );
  });

  it('keeps text that looks like a tag in the source', () => {
    expect(firstParagraphText('<p>Between 1 &lt; 2 and 3 &gt; 2</p>')).toBe('Between 1 < 2 and 3 > 2');
  });

  it('gives nothing when there is no paragraph', () => {
    expect(firstParagraphText('<pre><code>x</code></pre>')).toBe('');
  });
});

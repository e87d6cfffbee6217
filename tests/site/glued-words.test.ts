import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { readPages } from '../../scripts/lib/dist.ts';

/**
 * Words glued together across a line break of an .astro source: the Astro
 * compiler drops the white space between text and an element or expression
 * that starts the next line ("the talk“FreeBSD/Xen update”", "and4 more").
 * This reads every built page's text as a reader meets it and finds where two
 * words touch across an element boundary, or where the signs of such a loss
 * show inside one piece of text.
 */

/** Elements that start a new line or box: no word runs on across their edges. */
const BREAKS = new Set(
  (
    'address article aside blockquote body br button caption dd details dialog div dl dt fieldset figcaption ' +
    'figure footer form h1 h2 h3 h4 h5 h6 header hr img input label legend li main nav noscript ol option p ' +
    'pre section select summary table tbody td textarea tfoot th thead tr ul'
  ).split(' '),
);
/** Not read as prose: code blocks are literal, and their highlighting splits words into spans. */
const SKIP = new Set(['script', 'style', 'template', 'svg', 'head', 'title', 'pre']);
const CODE = new Set(['code', 'kbd', 'pre', 'samp']);

interface Piece {
  text: string;
  code: boolean;
}

/** The page's text in runs that a reader reads as one line of words, split at every element edge. */
function runs(root: Node): Piece[][] {
  const all: Piece[][] = [[]];
  const walk = (node: Node, code: boolean): void => {
    if (node.nodeType === 3) {
      const text = (node as unknown as { text: string }).text;
      if (text !== '') all.at(-1)?.push({ text, code });
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    const tag = element.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag) || element.hasAttribute('hidden')) return;
    const block = BREAKS.has(tag);
    if (block) all.push([]);
    else all.at(-1)?.push({ text: '', code }); // an inline element's edge
    for (const child of element.childNodes) walk(child, code || CODE.has(tag));
    if (block) all.push([]);
    else all.at(-1)?.push({ text: '', code });
  };
  walk(root, false);
  return all.filter((run) => run.some((piece) => piece.text.trim() !== ''));
}

const WORD_END = /[\p{L}\p{N}:;,!?”’)]$/u;
const WORD_START = /^[\p{L}\p{N}“‘(]/u;
/** Signs of a lost space inside one piece of text. */
const INSIDE = [
  // A letter or digit right before an opening quote, or right after a closing one.
  /[\p{L}\p{N}][“‘]/u,
  /”[\p{L}\p{N}]/u,
  // A common word run into a number, or a number into one ("and4", "4more").
  /\b(?:a|an|and|or|nor|but|the|of|to|in|on|at|by|for|from|with|than|then|as|is|are|was|were|be|more|less|only|about)\d/i,
  /\d(?:and|or|the|more|less|of|to|in|on|at|by|for|from|with|than|then|is|are|was|were)\b/i,
];

/** Where words touch across an element edge or show a lost space, with some context. */
export function gluedWords(html: string): string[] {
  const found: string[] = [];
  for (const run of runs(
    parse(html, { comment: false, blockTextElements: { script: false, style: false } }),
  )) {
    const joined = run.map((piece) => piece.text).join('');
    let offset = 0;
    let previous = '';
    for (const [index, piece] of run.entries()) {
      // An element edge lies between the text before it and the text after it.
      if (piece.text === '' && index > 0) {
        const after = run.slice(index + 1).find((next) => next.text !== '')?.text ?? '';
        if (WORD_END.test(previous) && WORD_START.test(after))
          found.push(joined.slice(Math.max(0, offset - 30), offset + 30).replace(/\s+/g, ' '));
      }
      if (piece.text !== '') previous = piece.text;
      if (!piece.code)
        for (const pattern of INSIDE) {
          const match = pattern.exec(piece.text);
          if (match)
            found.push(
              piece.text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' '),
            );
        }
      offset += piece.text.length;
    }
  }
  return [...new Set(found)];
}

describe('the built text of every page', () => {
  it.each(readPages().map(({ file, html }) => [file, html] as const))(
    '%s has no words glued across a line break of its source',
    (_, html) => {
      expect(gluedWords(html)).toEqual([]);
    },
  );
});

describe('the glued-words check', () => {
  it.each([
    ['<p>the talk<a href="#">“FreeBSD/Xen update”</a> by</p>', 'talk“FreeBSD'],
    ['<p>cited in the talk and4 more from</p>', 'and4'],
    ['<p>written:<code>r294442</code>, <code>R294442</code></p>', 'written:r294442'],
    ['<noscript><p>browse the<a href="#">list of all changes</a></p></noscript>', 'thelist'],
    ['<p>the menu, or the<a href="#">glossary</a>.</p>', 'theglossary'],
  ])('finds %s', (html, glued) => {
    expect(gluedWords(html).join(' | ').replaceAll(' ', '')).toContain(glued);
  });

  it.each([
    '<p>Removed in <a href="#">r284296</a>, then <a href="#">r284297</a>’s fix.</p>',
    '<p>PVH<sup>*</sup> and PV<sup>†</sup></p>',
    '<ul><li><a href="#">Home</a></li><li><a href="#">Glossary</a></li></ul>',
    '<p><code>amd64</code> and i386, IPv4, x86, 4.6 and 11.0</p>',
    '<div><span>Shell</span><button>Copy</button></div>',
    '<h2>Title<a class="heading-anchor" href="#t" aria-label="Link"></a></h2>',
    '<p>the talk <a href="#">“FreeBSD/Xen update”</a>, given</p>',
  ])('lets %s be', (html) => {
    expect(gluedWords(html)).toEqual([]);
  });
});

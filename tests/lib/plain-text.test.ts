import { describe, expect, it } from 'vitest';
import { firstParagraph, inlineToText } from '../../src/lib/plain-text.ts';

describe('inlineToText', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a [link](https://example.org/) here', 'a link here'],
    ['a [reference link][ref] here', 'a reference link here'],
    ['an ![image](/x.png) here', 'an image here'],
    ['see <https://wiki.freebsd.org/Xen>', 'see https://wiki.freebsd.org/Xen'],
    ['the `blkif.h` header', 'the blkif.h header'],
    ['``code with ` inside``', 'code with ` inside'],
    ['tunable `hw.xbd.xbd_enable_indirect` (default 1)', 'tunable hw.xbd.xbd_enable_indirect (default 1)'],
    ['**bold**, __bold__, *em* and _em_', 'bold, bold, em and em'],
    ['snake_case_word and 2*3*4', 'snake_case_word and 2*3*4'],
    ['an <abbr title="x">HVM</abbr> guest', 'an HVM guest'],
    ['escaped \\*stars\\* and \\_underscores\\_', 'escaped *stars* and _underscores_'],
    ['r284296 and rS288917 stay as written', 'r284296 and rS288917 stay as written'],
    ['lines\nfolded   into\tone', 'lines folded into one'],
  ])('reads %j as %j', (markdown, text) => {
    expect(inlineToText(markdown)).toBe(text);
  });
});

describe('firstParagraph', () => {
  it.each([
    ['One.\n\nTwo.', 'One.'],
    ['\n\n  One\nstill one.\n\nTwo.', 'One still one.'],
    ['# Heading\n\nProse.', 'Prose.'],
    ["import X from './x.astro';\n\nProse.", 'Prose.'],
    ['```sh\nls\n```\n\nProse.', 'Prose.'],
    ['<Component />\n\nProse.', 'Prose.'],
    ['| a | b |\n| - | - |\n\nProse.', 'Prose.'],
    ['> Quoted\n> prose.', 'Quoted prose.'],
    ['One.\r\n\r\nTwo.', 'One.'],
    ['', ''],
    ['# Only a heading', ''],
  ])('finds the first paragraph of %j', (markdown, text) => {
    expect(firstParagraph(markdown)).toBe(text);
  });
});

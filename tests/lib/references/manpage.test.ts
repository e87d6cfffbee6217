import { describe, expect, it } from 'vitest';
import { findReferences } from '../../../src/lib/references/find.ts';
import {
  formatManPage,
  manPageUrl,
  parseManPage,
  toManPage,
  toManSection,
} from '../../../src/lib/references/manpage.ts';

const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
/** Characters that may be part of a name or a path, so a page name does not start after them. */
const NAME_CHARACTERS = new Set(['_', '.', '+', '-', '/']);

const manPages = (text: string): string[] =>
  findReferences(text)
    .filter((reference) => reference.kind === 'manpage')
    .map((reference) => reference.text);

describe('manPageUrl', () => {
  it.each([
    ['dtrace', 1, 'https://man.freebsd.org/cgi/man.cgi?query=dtrace&sektion=1'],
    ['pmcstat', 8, 'https://man.freebsd.org/cgi/man.cgi?query=pmcstat&sektion=8'],
    ['xen', 4, 'https://man.freebsd.org/cgi/man.cgi?query=xen&sektion=4'],
    ['loader.conf', 5, 'https://man.freebsd.org/cgi/man.cgi?query=loader.conf&sektion=5'],
    ['c++', 1, 'https://man.freebsd.org/cgi/man.cgi?query=c%2B%2B&sektion=1'],
  ])('links %s(%i) to %s', (name, section, url) => {
    expect(manPageUrl(toManPage(name, section))).toBe(url);
  });
});

describe('toManSection', () => {
  it.each([1, 5, 9])('accepts %i', (section) => {
    expect(toManSection(section)).toBe(section);
  });

  it.each([0, 10, -1, 1.5, Number.NaN])('rejects %d', (section) => {
    expect(() => toManSection(section)).toThrow(/whole numbers from 1 to 9/);
  });
});

describe('parseManPage', () => {
  it.each([
    ['dtrace(1)', 'dtrace', 1],
    ['loader.conf(5)', 'loader.conf', 5],
    ['if_bridge(4)', 'if_bridge', 4],
  ])('reads %s', (text, name, section) => {
    expect(parseManPage(text)).toEqual({ name, section });
    expect(formatManPage(parseManPage(text))).toBe(text);
  });

  it.each(['dtrace', 'dtrace()', 'Dtrace(1)', 'dtrace(0)', 'dtrace(10)', '(1)', 'loader.(5)'])(
    'rejects %j',
    (text) => {
      expect(() => parseManPage(text)).toThrow(/Invalid manual/);
    },
  );
});

describe('findReferences: manual pages', () => {
  it.each(PUNCTUATION.filter((mark) => !NAME_CHARACTERS.has(mark)))(
    'finds dtrace(1) right after %j',
    (mark) => {
      expect(manPages(`${mark}dtrace(1)`)).toEqual(['dtrace(1)']);
    },
  );

  it.each([...NAME_CHARACTERS])(
    'finds nothing right after %j, which would continue a name or path',
    (mark) => {
      expect(manPages(`${mark}dtrace(1)`)).toEqual([]);
    },
  );

  it.each(PUNCTUATION)('finds dtrace(1) right before %j', (mark) => {
    expect(manPages(`dtrace(1)${mark}`)).toEqual(['dtrace(1)']);
  });

  it.each([
    ['a space before the section', 'dtrace (1)'],
    ['a letter after', 'dtrace(1)x'],
    ['a digit after', 'dtrace(1)2'],
    ['section 0', 'dtrace(0)'],
    ['a two-digit section', 'dtrace(12)'],
    ['a section letter', 'dtrace(n)'],
    ['a capitalised name', 'Dtrace(1)'],
    ['a path', '/boot/loader.conf(5)'],
    ['a one-letter name', 'f(2)'],
  ])('finds nothing with %s (%j)', (_, text) => {
    expect(manPages(text)).toEqual([]);
  });

  it('finds names with dots, underscores and digits', () => {
    expect(manPages('See loader.conf(5), if_bridge(4) and i386(4).')).toEqual([
      'loader.conf(5)',
      'if_bridge(4)',
      'i386(4)',
    ]);
  });

  it('keeps revisions and manual pages in reading order', () => {
    expect(findReferences('pmcstat(8) since r286062, and xen(4)').map((reference) => reference.text)).toEqual(
      ['pmcstat(8)', 'r286062', 'xen(4)'],
    );
  });

  it('counts a span that reads both ways once', () => {
    expect(findReferences('r12(4)').map((reference) => reference.kind)).toEqual(['svn']);
  });
});

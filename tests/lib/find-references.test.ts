import { describe, expect, it } from 'vitest';
import { findReferences, splitAtReferences } from '../../src/lib/find-references.ts';

/** Every ASCII punctuation character. */
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

const revisions = (text: string): string[] =>
  findReferences(text)
    .filter((reference) => reference.kind === 'revision')
    .map((reference) => reference.text);

describe('findReferences: boundary matrix', () => {
  it.each(PUNCTUATION)('finds r284296 right after %j', (mark) => {
    expect(revisions(`${mark}r284296`)).toEqual(['r284296']);
  });

  it.each(PUNCTUATION)('finds r284296 right before %j', (mark) => {
    expect(revisions(`r284296${mark}`)).toEqual(['r284296']);
  });

  it.each(PUNCTUATION)('finds r284296 wrapped in %j on both sides', (mark) => {
    expect(revisions(`${mark}r284296${mark}`)).toEqual(['r284296']);
  });

  it.each([
    ['a letter before', 'xr284296'],
    ['a letter after', 'r284296x'],
    ['a digit before', '1r284296'],
    ['a non-ASCII letter before', 'ér284296'],
    ['a non-ASCII letter after', 'r284296é'],
    ['a leading zero', 'r0284296'],
    ['zero', 'r0'],
    ['no number', 'r'],
    ['a space inside', 'r 284296'],
    ['a word that merely starts with r', 'rev284296'],
  ])('finds nothing with %s (%j)', (_, text) => {
    expect(findReferences(text)).toEqual([]);
  });

  it.each([
    ['start of text', 'r284296 removed it', 0],
    ['end of text', 'removed in r284296', 11],
    ['after a space', 'see r284296', 4],
    ['after a newline', 'see\nr284296', 4],
    ['after a tab', 'see\tr284296', 4],
    ['after a no-break space', 'see\u00a0r284296', 4],
  ])('finds a reference at the %s', (_, text, start) => {
    const [reference] = findReferences(text);
    expect(reference?.start).toBe(start);
    expect(reference?.end).toBe(start + 'r284296'.length);
  });
});

describe('findReferences: values', () => {
  it('reads upper- and lower-case r as the same revision', () => {
    expect(
      findReferences('R294442 and r294442').map(
        (reference) => reference.kind === 'revision' && reference.revision,
      ),
    ).toEqual([294442, 294442]);
  });

  it('keeps the text as written', () => {
    expect(revisions('R294442')).toEqual(['R294442']);
  });

  it('finds every reference in a list', () => {
    expect(revisions('(r277291, r277418, r280953, r280954)')).toEqual([
      'r277291',
      'r277418',
      'r280953',
      'r280954',
    ]);
  });

  it('ignores a number too large to be exact', () => {
    expect(findReferences('r99999999999999999999')).toEqual([]);
  });
});

describe('splitAtReferences', () => {
  it('returns the text unchanged when it holds no reference', () => {
    expect(splitAtReferences('no revisions here')).toEqual(['no revisions here']);
  });

  it('splits around references and keeps everything between them', () => {
    const segments = splitAtReferences('Fix (r282908) and r285098.');
    expect(
      segments.map((segment) => (typeof segment === 'string' ? segment : `<${segment.text}>`)).join(''),
    ).toBe('Fix (<r282908>) and <r285098>.');
  });
});

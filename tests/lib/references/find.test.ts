import { describe, expect, it } from 'vitest';
import {
  findReferences,
  splitAtReferences,
  type WrittenReference,
} from '../../../src/lib/references/find.ts';

/** Every ASCII punctuation character. */
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

const found = (kind: WrittenReference['kind'], text: string): string[] =>
  findReferences(text)
    .filter((reference) => reference.kind === kind)
    .map((reference) => reference.text);

/**
 * The same boundary matrix for every kind of record reference: the written
 * form is found next to every punctuation mark except those that may be part
 * of its own kind of name, and never glued to a letter, digit or mark.
 */
describe.each([
  { kind: 'svn', sample: 'r284296', glued: new Set<string>() },
  { kind: 'git', sample: '65f22ccf8247', glued: new Set<string>() },
  // `_` and `-` continue an advisory's name or prefix.
  { kind: 'advisory', sample: 'FreeBSD-SA-21:06.xen', glued: new Set(['_', '-']) },
] as const)('findReferences: $kind boundary matrix', ({ kind, sample, glued }) => {
  it.each(PUNCTUATION.filter((mark) => !glued.has(mark)))(`finds ${sample} right after %j`, (mark) => {
    expect(found(kind, `${mark}${sample}`)).toEqual([sample]);
  });

  it.each(PUNCTUATION.filter((mark) => !(kind === 'advisory' && mark === '_')))(
    `finds ${sample} right before %j`,
    (mark) => {
      expect(found(kind, `${sample}${mark}`)).toEqual([sample]);
    },
  );

  it.each([
    ['a letter before', `x${sample}`],
    ['a letter after', `${sample}x`],
    ['a digit before', `1${sample}`],
    ['a digit after', `${sample}7`],
    ['a non-ASCII letter before', `é${sample}`],
    ['a non-ASCII letter after', `${sample}é`],
    ['a combining mark after', `${sample}\u0301`],
  ])('does not read the reference glued to %s (%j)', (_, text) => {
    expect(found(kind, text)).not.toContain(sample);
  });

  it.each([
    ['start of text', `${sample} removed it`, 0],
    ['end of text', `removed in ${sample}`, 11],
    ['after a newline', `see\n${sample}`, 4],
    ['after a tab', `see\t${sample}`, 4],
    ['after a no-break space', `see\u00a0${sample}`, 4],
  ])('finds a reference at the %s', (_, text, start) => {
    const [reference] = findReferences(text);
    expect(reference?.kind).toBe(kind);
    expect(reference?.start).toBe(start);
    expect(reference?.end).toBe(start + sample.length);
  });
});

describe('findReferences: revisions', () => {
  it.each([
    ['a leading zero', 'r0284296'],
    ['zero', 'r0'],
    ['no number', 'r'],
    ['a space inside', 'r 284296'],
    ['a word that merely starts with r', 'rev284296'],
  ])('finds nothing with %s (%j)', (_, text) => {
    expect(findReferences(text)).toEqual([]);
  });

  it('reads upper- and lower-case r as the same revision, keeping the text as written', () => {
    const references = findReferences('R294442 and r294442');
    expect(references.map((reference) => reference.text)).toEqual(['R294442', 'r294442']);
    expect(references.map((reference) => (reference.kind === 'svn' ? reference.revision : 0))).toEqual([
      294442, 294442,
    ]);
  });

  it('finds every reference in a list', () => {
    expect(found('svn', '(r277291, r277418, r280953, r280954)')).toEqual([
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

describe('findReferences: git commits', () => {
  it.each([
    ['an English word of hexadecimal letters', 'deadbeefcafe'],
    ['a long number without letters', '123456789012'],
    ['eleven digits', '65f22ccf824'],
    ['41 digits', `65f22ccf8247${'a'.repeat(29)}`],
    ['upper-case letters', '65F22CCF8247'],
    ['a hexadecimal literal', '0x65f22ccf8247'],
    ['a word that contains a hash', 'id65f22ccf8247'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['a MAC address', '00:16:3e:12:34:56'],
  ])('finds nothing in %s (%j)', (_, text) => {
    expect(found('git', text)).toEqual([]);
  });

  it.each([
    ['12 digits', '65f22ccf8247'],
    ['40 digits', 'ab3e1bd3c22a222520c23c2793cc39e3a23c9b46'],
    ['letters first', 'abc123456789'],
    ['digits first', '123456789abc'],
  ])('finds a hash of %s', (_, text) => {
    expect(found('git', `Fixed in ${text}.`)).toEqual([text]);
  });
});

describe('findReferences: advisories', () => {
  it.each([
    ['the short form', 'SA-21:06'],
    ['no name', 'FreeBSD-SA-21:06'],
    ['a hyphen for the colon', 'FreeBSD-SA-21-06.xen'],
    ['lower case', 'freebsd-sa-21:06.xen'],
  ])('finds nothing in %s (%j)', (_, text) => {
    expect(found('advisory', text)).toEqual([]);
  });

  it('finds an advisory at the end of a sentence', () => {
    expect(found('advisory', 'See FreeBSD-EN-17:05.xen.')).toEqual(['FreeBSD-EN-17:05.xen']);
  });
});

describe('findReferences: kinds together', () => {
  it('keeps every kind in reading order', () => {
    expect(
      findReferences('r286062 (merged as 65f22ccf8247), FreeBSD-SA-21:06.xen and xen(4)').map(
        (reference) => reference.kind,
      ),
    ).toEqual(['svn', 'git', 'advisory', 'manpage']);
  });
});

describe('splitAtReferences', () => {
  it('returns the text unchanged when it holds no reference', () => {
    expect(splitAtReferences('no revisions here')).toEqual(['no revisions here']);
  });

  it('splits around references and keeps everything between them', () => {
    const segments = splitAtReferences('Fix (r282908) and FreeBSD-SA-21:06.xen.');
    expect(
      segments.map((segment) => (typeof segment === 'string' ? segment : `<${segment.text}>`)).join(''),
    ).toBe('Fix (<r282908>) and <FreeBSD-SA-21:06.xen>.');
  });
});

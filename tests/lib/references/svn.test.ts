import { describe, expect, it } from 'vitest';
import {
  sameHistory,
  formatRevision,
  parseRevision,
  phabricatorCommitId,
  phabricatorCommitUrl,
  svnRef,
  svnwebUrl,
  toRevisionNumber,
  toSvnRepository,
  type SvnRepository,
} from '../../../src/lib/references/svn.ts';

const n = toRevisionNumber;

describe('parseRevision', () => {
  it.each([
    ['r284296', 284296],
    ['R284296', 284296],
    ['r1', 1],
    ['  r398918 ', 398918],
  ])('reads %j as revision %i', (text, expected) => {
    expect(parseRevision(text)).toBe(expected);
  });

  it.each(['284296', 'r0', 'r0123', 'r-5', 'r1.5', 'rev284296', 'r', '', 'r 284296', 'x284296', 'r284296x'])(
    'rejects %j with a message that shows the expected form',
    (text) => {
      expect(() => parseRevision(text)).toThrow(/for example r284296/);
    },
  );
});

describe('toRevisionNumber', () => {
  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'rejects %d as not a whole number of 1 or more',
    (value) => {
      expect(() => toRevisionNumber(value)).toThrow(/whole number of 1 or more/);
    },
  );

  it('accepts a positive whole number unchanged', () => {
    expect(toRevisionNumber(294442)).toBe(294442);
  });

  it('refuses an unchecked number as a revision at type level (enforced by astro check)', () => {
    // @ts-expect-error a number is not a RevisionNumber until it is checked
    expect(svnwebUrl({ kind: 'svn', repository: 'base', revision: 284296 })).toContain('284296');
  });
});

describe('formatRevision', () => {
  it.each([
    [284296, 'r284296'],
    [1, 'r1'],
  ])('writes %i as %s', (value, expected) => {
    expect(formatRevision(n(value))).toBe(expected);
  });

  it('round-trips with parseRevision', () => {
    for (const value of [1, 277291, 398918, 9_999_999]) {
      expect(parseRevision(formatRevision(n(value)))).toBe(value);
    }
  });
});

describe('svnwebUrl', () => {
  it.each<[SvnRepository, number, string]>([
    ['base', 284296, 'https://svnweb.freebsd.org/changeset/base/284296'],
    ['ports', 398918, 'https://svnweb.freebsd.org/changeset/ports/398918'],
    ['doc', 50674, 'https://svnweb.freebsd.org/changeset/doc/50674'],
  ])('links %s revision %i to %s', (repository, revision, expected) => {
    expect(svnwebUrl(svnRef(repository, n(revision)))).toBe(expected);
  });
});

describe('phabricatorCommitUrl', () => {
  it.each<[SvnRepository, number, string, string]>([
    ['base', 288917, 'rS288917', 'https://reviews.freebsd.org/rS288917'],
    ['ports', 398918, 'rP398918', 'https://reviews.freebsd.org/rP398918'],
    ['doc', 50674, 'rD50674', 'https://reviews.freebsd.org/rD50674'],
  ])('names %s revision %i %s on Phabricator', (repository, revision, id, url) => {
    expect(phabricatorCommitId(svnRef(repository, n(revision)))).toBe(id);
    expect(phabricatorCommitUrl(svnRef(repository, n(revision)))).toBe(url);
  });
});

describe('toSvnRepository', () => {
  it.each(['base', 'ports', 'doc'])('accepts %s', (value) => {
    expect(toSvnRepository(value)).toBe(value);
  });

  it.each(['src', 'BASE', '', 42, undefined])('rejects %j, naming the Subversion repositories', (value) => {
    expect(() => toSvnRepository(value)).toThrow(/use one of base, ports, doc/);
  });
});

describe('sameHistory', () => {
  it.each([
    ['base', 'src', true],
    ['src', 'base', true],
    ['ports', 'ports', true],
    ['base', 'ports', false],
    ['doc', 'src', false],
  ])('%s and %s hold one history: %s', (a, b, same) => {
    expect(sameHistory(a, b)).toBe(same);
  });
});

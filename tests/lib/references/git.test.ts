import { describe, expect, it } from 'vitest';
import {
  cgitUrl,
  formatCommit,
  gitRef,
  hashMatches,
  parseCommit,
  toGitRepository,
  type GitRepository,
} from '../../../src/lib/references/git.ts';

describe('parseCommit', () => {
  it.each([
    ['65f22ccf8247', '65f22ccf8247'],
    ['65F22CCF8247', '65f22ccf8247'],
    [' 952667d ', '952667d'],
    ['ab3e1bd3c22a222520c23c2793cc39e3a23c9b46', 'ab3e1bd3c22a222520c23c2793cc39e3a23c9b46'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseCommit(text)).toBe(expected);
  });

  it.each([
    ['too short', '65f22c'],
    ['too long', `${'a'.repeat(40)}b`],
    ['not hexadecimal', '65f22ccf824g'],
    ['a prefix', 'g65f22ccf8247'],
    ['empty', ''],
    ['a revision', 'r286062'],
  ])('rejects a hash that is %s (%j), showing the expected form', (_, text) => {
    expect(() => parseCommit(text)).toThrow(/7 to 40 hexadecimal digits, for example 65f22ccf8247/);
  });
});

describe('formatCommit', () => {
  it('writes the first 12 digits, as FreeBSD quotes commits', () => {
    expect(formatCommit(parseCommit('ab3e1bd3c22a222520c23c2793cc39e3a23c9b46'))).toBe('ab3e1bd3c22a');
  });

  it('writes a shorter recorded hash as it is', () => {
    expect(formatCommit(parseCommit('952667d'))).toBe('952667d');
  });
});

describe('hashMatches', () => {
  it.each([
    ['65f22ccf8247', '65f22ccf8247', true],
    ['65f22ccf8247', '65f22cc', true],
    ['65f22cc', '65f22ccf8247', true],
    ['65f22ccf8247', '65f22ccf8248', false],
    ['65f22ccf8247', '75f22cc', false],
  ])('%s and %s name the same commit: %s', (recorded, written, expected) => {
    expect(hashMatches(parseCommit(recorded), parseCommit(written))).toBe(expected);
  });
});

describe('cgitUrl', () => {
  it.each<[GitRepository, string, string]>([
    ['src', '65f22ccf8247', 'https://cgit.freebsd.org/src/commit/?id=65f22ccf8247'],
    ['ports', '3688ce5f1234', 'https://cgit.freebsd.org/ports/commit/?id=3688ce5f1234'],
    ['doc', 'abcdef1', 'https://cgit.freebsd.org/doc/commit/?id=abcdef1'],
  ])('links a %s commit %s to %s', (repository, hash, expected) => {
    expect(cgitUrl(gitRef(repository, parseCommit(hash)))).toBe(expected);
  });
});

describe('toGitRepository', () => {
  it.each(['src', 'ports', 'doc'])('accepts %s', (value) => {
    expect(toGitRepository(value)).toBe(value);
  });

  it.each(['base', 'SRC', '', null])('rejects %j, naming the git repositories', (value) => {
    expect(() => toGitRepository(value)).toThrow(/use one of src, ports, doc/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  assertNoProblems,
  ContentError,
  formatLocation,
  formatProblem,
  isContentError,
} from '../../src/lib/content-error.ts';

describe('content errors', () => {
  it.each([
    [{ file: 'a.md' }, 'a.md'],
    [{ file: 'a.md', line: 3 }, 'a.md:3'],
    [{ file: 'a.md', line: 3, column: 7 }, 'a.md:3:7'],
    [{ file: 'a.md', column: 7 }, 'a.md'],
  ])('places %j as %s', (location, expected) => {
    expect(formatLocation(location)).toBe(expected);
  });

  it('writes a problem as the place, the problem and the fix', () => {
    expect(formatProblem({ file: 'a.md', line: 1, column: 2, message: 'bad', fix: 'mend it' })).toBe(
      'a.md:1:2: bad\n    fix: mend it',
    );
  });

  it('lists every problem, sorted by file and place, and points the overlays at the first', () => {
    const error = new ContentError([
      { file: 'b.md', line: 1, message: 'two', fix: 'x' },
      { file: 'a.md', line: 9, column: 2, message: 'one', fix: 'y' },
    ]);
    expect(error.message).toBe(
      'Content has 2 problems:\n\na.md:9:2: one\n    fix: y\n\nb.md:1: two\n    fix: x\n',
    );
    expect(error.loc).toEqual({ file: 'a.md', line: 9, column: 2 });
    expect(
      new ContentError([{ file: 'environment variable SITE_URL', message: 'bad', fix: 'x' }]).loc,
    ).toBeUndefined();
  });

  it('recognises a content error from another copy of the class by its shape', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ContentError', problems: [] });
    expect(isContentError(foreign)).toBe(true);
    expect(isContentError(new Error('x'))).toBe(false);
    expect(isContentError('ContentError')).toBe(false);
  });

  it('throws only when there is something to report', () => {
    expect(() => assertNoProblems([])).not.toThrow();
    expect(() => assertNoProblems([{ file: 'a.md', message: 'bad', fix: 'x' }])).toThrow(ContentError);
  });
});

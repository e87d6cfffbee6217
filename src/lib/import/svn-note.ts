/**
 * FreeBSD's git notes from the Subversion conversion: every converted
 * commit carries `svn path=/head/; revision=286062`, whose path names the
 * branch the revision was committed to (reference/git-history.md).
 */
import { toRevisionNumber, type RevisionNumber } from '../references/svn.ts';

export interface SvnNote {
  /** The Subversion path, such as `/head/` or `/stable/10/`. */
  readonly path: string;
  readonly revision: RevisionNumber;
  /** The branch the path names (`head`, `stable/10`, `releng/10.3`, `projects/x`), or undefined for a path outside them. */
  readonly branch: string | undefined;
}

const NOTE = /^svn path=(\S+?);? revision=([1-9][0-9]*)\s*$/m;

/** Reads the svn line of a commit's note, or undefined where the note has none. */
export function parseSvnNote(note: string): SvnNote | undefined {
  const match = NOTE.exec(note);
  if (!match) return undefined;
  const [, path = '', digits = ''] = match;
  return { path, revision: toRevisionNumber(Number(digits)), branch: svnBranch(path) };
}

/**
 * The branch of a Subversion path: `/head/` is head; `/stable/10/`,
 * `/releng/10.3/`, `/projects/<name>/`, `/user/<name>/` and
 * `/vendor/<name>/` keep their first two parts. Ports had `/head/` and
 * `/branches/2016Q1/`.
 */
export function svnBranch(path: string): string | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  const [first, second] = parts;
  if (first === 'head') return 'head';
  if (first === 'branches' && second !== undefined) return second;
  if (
    first !== undefined &&
    second !== undefined &&
    /^(stable|releng|projects|user|vendor|vendor-sys)$/.test(first)
  )
    return `${first}/${second}`;
  return undefined;
}

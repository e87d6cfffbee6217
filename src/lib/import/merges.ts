/**
 * Which commits a commit merges, from its message: git-era merges to stable
 * branches are `git cherry-pick -x`, which appends
 * `(cherry picked from commit <full hash>)`; svn-era merges say so in
 * words: `MFC r286062:`, `MFC r286062, r286063:`, `Merge r…`, `MFH r…`
 * (ports' quarterly branches), and `MFC after:` is a plan, not a merge.
 */
import { parseCommit, type CommitHash } from '../references/git.ts';
import { toRevisionNumber, type RevisionNumber } from '../references/svn.ts';

export interface MergedCommits {
  /** From `(cherry picked from commit …)` lines, in order. */
  readonly hashes: readonly CommitHash[];
  /** From `MFC r…`, `Merge r…`, `MFH r…`, in order. */
  readonly revisions: readonly RevisionNumber[];
}

const CHERRY_PICK = /\(cherry picked from commit ([0-9a-f]{40})\)/g;
/**
 * A line that starts a merge statement: MFC, MFS, MFH, MF10 (merged from
 * stable/10) or Merge, then revisions and ranges until the first word that
 * is not one (`MFC r286062, r286063 and r286070:`, `MFC r1-r5:`). `MFC
 * after:` and `MFC with:` are trailers and start no statement.
 */
const STATEMENT = /^[ \t]*(?:MF[CHS]|MF[0-9]+|Merge(?:d)?)\b(?![ \t]+(?:after|with|to)\b)[ \t:]*(.*)$/gim;
const REVISION_LIST =
  /^(?:(?:from\s+\S+\s*:?\s*)?(?:r[1-9][0-9]*(?:\s*-\s*r?[1-9][0-9]*)?|,|;|\band\b|\s|:)+)/i;
const REVISION = /r([1-9][0-9]*)/gi;

/** What a message says it merges. */
export function mergedCommits(message: string): MergedCommits {
  const hashes: CommitHash[] = [];
  for (const match of message.matchAll(CHERRY_PICK)) {
    const hash = parseCommit(match[1] ?? '');
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  const revisions: RevisionNumber[] = [];
  for (const match of message.matchAll(STATEMENT)) {
    const list = REVISION_LIST.exec(match[1] ?? '')?.[0] ?? '';
    for (const revision of list.matchAll(REVISION)) {
      const number = toRevisionNumber(Number(revision[1]));
      if (!revisions.includes(number)) revisions.push(number);
    }
  }
  return { hashes, revisions };
}

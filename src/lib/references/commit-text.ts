import { ReferenceSyntaxError } from './errors.ts';
import { parseCommit, type CommitHash } from './git.ts';
import { parseRevision, type RevisionNumber } from './svn.ts';

/** A commit named in a field, before its repository is known. */
export type WrittenCommitRef =
  | { readonly kind: 'svn'; readonly revision: RevisionNumber; readonly text: string }
  | { readonly kind: 'git'; readonly hash: CommitHash; readonly text: string };

/** `r287802` is a Subversion revision; 7 to 40 hexadecimal digits are a git commit. */
export function parseCommitText(text: string): WrittenCommitRef {
  const trimmed = text.trim();
  try {
    return /^[rR]/.test(trimmed)
      ? { kind: 'svn', revision: parseRevision(trimmed), text: trimmed }
      : { kind: 'git', hash: parseCommit(trimmed), text: trimmed };
  } catch {
    throw new ReferenceSyntaxError(
      `Invalid commit ${JSON.stringify(text)}: write a revision such as r287802 or a git hash such as 65f22ccf8247.`,
    );
  }
}

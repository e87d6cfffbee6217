/**
 * Reading `git log` output: the one format the import asks git for, and
 * its parser. Fields are separated by NUL, commits start with a record
 * separator (0x1e); `-z --name-only` ends the file list of each commit
 * with NULs. Pure: the git call itself is in scripts/import/git.ts.
 */

/** What git says of one commit. */
export interface LoggedCommit {
  readonly hash: string;
  readonly parents: readonly string[];
  readonly authorName: string;
  readonly authorEmail: string;
  /** ISO 8601 with the author's offset, as git prints it. */
  readonly authorDate: string;
  readonly committerName: string;
  readonly committerEmail: string;
  readonly committerDate: string;
  /** The whole message: subject, body and trailers. */
  readonly message: string;
  /** The commit's note (refs/notes/commits), empty where it has none. */
  readonly note: string;
  /** The files it changed against its first parent (deletions and both sides of a rename included). */
  readonly files: readonly string[];
}

const FIELDS = ['%H', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B', '%N'] as const;

/** The `--format` argument that `parseLog` reads. */
export const LOG_FORMAT = `--format=%x1e${FIELDS.join('%x00')}%x00`;

/**
 * The options that go with LOG_FORMAT: NUL-separated file names, renames as
 * a deletion and an addition, a merge's files against its first parent,
 * and the notes of refs/notes/commits.
 */
export const LOG_OPTIONS = [
  '-z',
  '--name-only',
  '--no-renames',
  '--diff-merges=first-parent',
  '--notes',
] as const;

/** Parses the output of `git log LOG_FORMAT LOG_OPTIONS`. */
export function parseLog(output: string): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const chunk of output.split('\u001e')) {
    if (chunk.trim() === '') continue;
    const parts = chunk.split('\u0000');
    const [
      hash = '',
      parents = '',
      an = '',
      ae = '',
      ad = '',
      cn = '',
      ce = '',
      cd = '',
      message = '',
      note = '',
    ] = parts;
    const files = parts
      .slice(FIELDS.length)
      .map((file) => file.replace(/^\n+/, ''))
      .filter((file) => file !== '');
    commits.push({
      hash,
      parents: parents.split(' ').filter((parent) => parent !== ''),
      authorName: an,
      authorEmail: ae,
      authorDate: ad,
      committerName: cn,
      committerEmail: ce,
      committerDate: cd,
      message: message.replace(/\s+$/, ''),
      note: note.trim(),
      files,
    });
  }
  return commits;
}

/** An ISO 8601 time with any offset, in UTC to the second: `2015-07-30T03:50:59Z`. */
export function utcTime(iso: string): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) throw new Error(`git gave an unreadable date ${JSON.stringify(iso)}`);
  return time.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The first line of a message. */
export function subjectOf(message: string): string {
  return (message.split('\n')[0] ?? '').trim();
}

/**
 * One imported commit: what git says of it, read into the facts a record
 * keeps, and the record it becomes. Pure; scripts/import.ts feeds it git's
 * output and writes the files.
 */
import { formatCommit, parseCommit } from '../references/git.ts';
import { formatRevision, toRevisionNumber } from '../references/svn.ts';
import { subjectOf, utcTime, type LoggedCommit } from './log.ts';
import { mergedCommits, type MergedCommits } from './merges.ts';
import { topicsOf, xenFiles, type CompiledRule } from './path-map.ts';
import { freebsdHandle } from './people.ts';
import { earliestRelease } from './release-tags.ts';
import { parseSvnNote } from './svn-note.ts';
import { parseTrailers, type Trailers } from './trailers.ts';

/** The git repositories the import reads, and the Subversion repository each was before. */
export const IMPORT_REPOSITORIES = { src: 'base', ports: 'ports' } as const;
export type ImportRepository = keyof typeof IMPORT_REPOSITORIES;

export interface GitPerson {
  readonly name: string;
  readonly handle?: string;
  /** UTC, to the second. */
  readonly time: string;
}

export interface CommitFacts {
  /** The record's id: `base/r286062` for a commit made in Subversion, `src/65f22ccf8247` after. */
  readonly id: string;
  readonly repository: ImportRepository;
  readonly hash: string;
  readonly revision?: number;
  readonly branch: string;
  readonly subject: string;
  readonly author: GitPerson;
  readonly committer: GitPerson;
  readonly trailers: Trailers;
  readonly files: readonly string[];
  readonly topics: readonly string[];
  readonly merges: MergedCommits;
}

function person(name: string, email: string, date: string): GitPerson {
  const handle = freebsdHandle(email);
  return {
    name: name.trim() === '' ? (handle ?? email) : name.trim(),
    ...(handle ? { handle } : {}),
    time: utcTime(date),
  };
}

/** The record id of a commit of `repository`: by its Subversion revision if it has one, else by its hash. */
export function recordId(repository: ImportRepository, hash: string, revision: number | undefined): string {
  return revision === undefined
    ? `${repository}/${formatCommit(parseCommit(hash))}`
    : `${IMPORT_REPOSITORIES[repository]}/${formatRevision(toRevisionNumber(revision))}`;
}

/**
 * The facts of a commit git listed for the path map, or undefined where none
 * of its files is Xen's (a merge that brought nothing in). `branch` is the
 * branch it was found on; a Subversion note's path overrides it.
 */
export function commitFacts(
  repository: ImportRepository,
  logged: LoggedCommit,
  branch: string,
  rules: readonly CompiledRule[],
): CommitFacts | undefined {
  const files = xenFiles(rules, logged.files);
  if (files.length === 0) return undefined;
  const note = parseSvnNote(logged.note);
  return {
    id: recordId(repository, logged.hash, note?.revision),
    repository,
    hash: logged.hash,
    ...(note ? { revision: note.revision } : {}),
    branch: note?.branch ?? branch,
    subject: subjectOf(logged.message),
    author: person(logged.authorName, logged.authorEmail, logged.authorDate),
    committer: person(logged.committerName, logged.committerEmail, logged.committerDate),
    trailers: parseTrailers(logged.message),
    files: [...files].sort(),
    topics: topicsOf(rules, files),
    merges: mergedCommits(logged.message),
  };
}

/** What the import knows of every record while it writes: ids by hash and by revision. */
export interface RecordIndex {
  /** Record id by full hash, for commits the import has read. */
  readonly byHash: ReadonlyMap<string, string>;
  /** Whether a record with this id exists (imported now, or already in content/). */
  has(id: string): boolean;
}

/**
 * The commits a commit merges, as written in its record (`r286062`, or the
 * first 12 digits of a hash), only those with a record: a merge of a commit
 * that touched no Xen file names nothing the site could link.
 */
export function mergeTargets(facts: CommitFacts, index: RecordIndex): string[] {
  const targets: string[] = [];
  const svn = IMPORT_REPOSITORIES[facts.repository];
  for (const revision of facts.merges.revisions) {
    const id = `${svn}/${formatRevision(revision)}`;
    if (id !== facts.id && index.has(id)) targets.push(formatRevision(revision));
  }
  for (const hash of facts.merges.hashes) {
    const id = index.byHash.get(hash) ?? `${facts.repository}/${formatCommit(hash)}`;
    if (id !== facts.id && index.has(id)) targets.push(id.slice(id.indexOf('/') + 1));
  }
  return [...new Set(targets)];
}

/** The release a commit first shipped in: the earliest of its own and its merges'. */
export function firstReleaseOf(
  own: string | undefined,
  merges: readonly (string | undefined)[],
): string | undefined {
  return earliestRelease([own, ...merges]);
}

/** The commit block of a record, keys in a fixed order so that the same facts give the same bytes. */
export function commitBlock(
  facts: CommitFacts,
  mergeOf: readonly string[],
  release: string | undefined,
  firstRelease: string | undefined,
): Record<string, unknown> {
  const trailers = Object.keys(facts.trailers).length > 0 ? facts.trailers : undefined;
  return {
    hash: facts.hash,
    ...(facts.revision === undefined ? {} : { revision: facts.revision }),
    branch: facts.branch,
    subject: facts.subject,
    author: facts.author,
    committer: facts.committer,
    ...(trailers ? { trailers } : {}),
    files: facts.files,
    topics: facts.topics,
    ...(mergeOf.length > 0 ? { mergeOf } : {}),
    ...(release ? { release } : {}),
    ...(firstRelease ? { firstRelease } : {}),
  };
}

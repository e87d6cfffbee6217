/**
 * FreeBSD's Subversion revisions: what a revision number is, how it is
 * written, and where it links to. Subversion served FreeBSD until each
 * repository moved to git; a revision number means nothing across
 * repositories, because each numbered its own commits.
 */
import { ReferenceSyntaxError } from './errors.ts';

/** The three Subversion repositories FreeBSD kept, each with its own numbering. */
export const SVN_REPOSITORIES = ['base', 'ports', 'doc'] as const;
export type SvnRepository = (typeof SVN_REPOSITORIES)[number];

declare const revisionBrand: unique symbol;
/** A positive whole Subversion revision number. */
export type RevisionNumber = number & { readonly [revisionBrand]: true };

/** A revision in one repository. */
export interface SvnRef {
  readonly kind: 'svn';
  readonly repository: SvnRepository;
  readonly revision: RevisionNumber;
}

/**
 * The last day each repository took Subversion commits, before it moved to
 * git: a Subversion revision cannot be dated later. Source: the FreeBSD
 * project's git transition (content/data/sources.json, "git-transition").
 */
export const SVN_LAST_DAY: Readonly<Record<SvnRepository, string>> = {
  base: '2020-12-23',
  doc: '2020-12-08',
  ports: '2021-04-06',
};

/** The git repository each Subversion repository became: its commits kept their history there. */
export const GIT_SUCCESSOR = { base: 'src', ports: 'ports', doc: 'doc' } as const satisfies Record<
  SvnRepository,
  string
>;

/**
 * Whether two repository names hold one history: the same name, or a
 * Subversion repository and the git repository it became (base and src), so
 * that a git-era merge can name a Subversion-era commit.
 */
export function sameHistory(a: string, b: string): boolean {
  return (
    a === b ||
    (isSvnRepository(a) && GIT_SUCCESSOR[a] === b) ||
    (isSvnRepository(b) && GIT_SUCCESSOR[b] === a)
  );
}

/** Phabricator's callsign for each repository's commits. */
const CALLSIGN: Readonly<Record<SvnRepository, string>> = { base: 'S', ports: 'P', doc: 'D' };

/**
 * An `r` or `R` and a number without a leading zero: the one pattern of a
 * written revision, used whole by the parser and inside prose by the scanner.
 */
export const REVISION_PATTERN = '[rR]([1-9][0-9]*)';
const WHOLE = new RegExp(`^${REVISION_PATTERN}$`);

export function isSvnRepository(value: unknown): value is SvnRepository {
  return SVN_REPOSITORIES.some((repository) => repository === value);
}

export function toSvnRepository(value: unknown): SvnRepository {
  if (isSvnRepository(value)) return value;
  throw new ReferenceSyntaxError(
    `Unknown Subversion repository ${JSON.stringify(value)}: use one of ${SVN_REPOSITORIES.join(', ')}.`,
  );
}

/** A whole number of 1 or more: what a revision number is. */
function isRevisionNumber(value: number): value is RevisionNumber {
  return Number.isSafeInteger(value) && value >= 1;
}

/** Checks a number and brands it; rejects 0, negatives, fractions, NaN and unsafe integers. */
export function toRevisionNumber(value: number): RevisionNumber {
  if (!isRevisionNumber(value)) {
    throw new ReferenceSyntaxError(
      `Invalid revision number ${String(value)}: a revision is a whole number of 1 or more (for example 284296).`,
    );
  }
  return value;
}

/** Parses `r284296` or `R284296`, the form prose and release notes use. */
export function parseRevision(text: string): RevisionNumber {
  const digits = WHOLE.exec(text.trim())?.[1];
  if (digits === undefined) {
    throw new ReferenceSyntaxError(
      `Invalid revision reference ${JSON.stringify(text)}: write an "r" followed by the number, for example r284296.`,
    );
  }
  return toRevisionNumber(Number(digits));
}

/** The canonical written form: `r284296`. */
export function formatRevision(revision: RevisionNumber): string {
  return `r${String(revision)}`;
}

export function svnRef(repository: SvnRepository, revision: RevisionNumber): SvnRef {
  return { kind: 'svn', repository, revision };
}

/** The one canonical link to a revision: FreeBSD's Subversion web view. */
export function svnwebUrl({ repository, revision }: SvnRef): string {
  return `https://svnweb.freebsd.org/changeset/${repository}/${String(revision)}`;
}

/** Phabricator's name for the commit: `rS288917` (base), `rP398918` (ports), `rD50674` (doc). */
export function phabricatorCommitId({ repository, revision }: SvnRef): string {
  return `r${CALLSIGN[repository]}${String(revision)}`;
}

/** The revision's commit page on FreeBSD's Phabricator. */
export function phabricatorCommitUrl(ref: SvnRef): string {
  return `https://reviews.freebsd.org/${phabricatorCommitId(ref)}`;
}

/**
 * FreeBSD Subversion revisions: the one place that knows what a revision
 * number is, how it is written, and where it links to.
 */

/** The three Subversion repositories FreeBSD kept, each with its own numbering. */
export const REPOSITORIES = ['base', 'ports', 'doc'] as const;
export type Repository = (typeof REPOSITORIES)[number];

declare const revisionBrand: unique symbol;
/** A positive whole Subversion revision number, checked once at the boundary. */
export type RevisionNumber = number & { readonly [revisionBrand]: true };

/** A revision in one repository: what every link on the site is built from. */
export interface RevisionId {
  readonly repository: Repository;
  readonly revision: RevisionNumber;
}

/** Phabricator's callsign for each repository's commits. */
const REVIEW_CALLSIGN: Readonly<Record<Repository, string>> = {
  base: 'S',
  ports: 'P',
  doc: 'D',
};

/** Thrown for any value that is not a revision, a repository or a reference. */
export class RevisionError extends Error {
  override name = 'RevisionError';
}

export function isRepository(value: unknown): value is Repository {
  return typeof value === 'string' && (REPOSITORIES as readonly string[]).includes(value);
}

export function toRepository(value: unknown): Repository {
  if (isRepository(value)) return value;
  throw new RevisionError(
    `Unknown repository ${JSON.stringify(value)}: use one of ${REPOSITORIES.join(', ')}.`,
  );
}

/** Checks a number and brands it; rejects 0, negatives, fractions, NaN and unsafe integers. */
export function toRevisionNumber(value: number): RevisionNumber {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RevisionError(
      `Invalid revision number ${String(value)}: a revision is a whole number of 1 or more (for example 284296).`,
    );
  }
  return value as RevisionNumber;
}

const REFERENCE = /^[rR]([1-9][0-9]*)$/;

/** Parses `r284296` or `R284296` (the form prose and release notes use). */
export function parseRevision(text: string): RevisionNumber {
  const match = REFERENCE.exec(text.trim());
  if (!match?.[1]) {
    throw new RevisionError(
      `Invalid revision reference ${JSON.stringify(text)}: write an "r" followed by the number, for example r284296.`,
    );
  }
  return toRevisionNumber(Number(match[1]));
}

/** The canonical written form: `r284296`. */
export function formatRevision(revision: RevisionNumber): string {
  return `r${String(toRevisionNumber(revision))}`;
}

/** The one canonical link to a revision on the whole site. */
export function svnwebUrl({ repository, revision }: RevisionId): string {
  return `https://svnweb.freebsd.org/changeset/${toRepository(repository)}/${String(toRevisionNumber(revision))}`;
}

/** Phabricator's name for the commit: `rS288917` (base), `rP398918` (ports), `rD50674` (doc). */
export function reviewCommitId({ repository, revision }: RevisionId): string {
  return `r${REVIEW_CALLSIGN[toRepository(repository)]}${String(toRevisionNumber(revision))}`;
}

/** The revision's commit page on FreeBSD's Phabricator. */
export function reviewUrl(id: RevisionId): string {
  return `https://reviews.freebsd.org/${reviewCommitId(id)}`;
}

/** A stable key for maps: `base:284296`. */
export function revisionKey({ repository, revision }: RevisionId): string {
  return `${repository}:${String(revision)}`;
}

const DIFFERENTIAL = /^D[1-9][0-9]*$/;

/** A Phabricator code review (Differential revision) such as `D3805`. */
export function differentialUrl(reviewId: string): string {
  if (!DIFFERENTIAL.test(reviewId)) {
    throw new RevisionError(
      `Invalid review id ${JSON.stringify(reviewId)}: a Differential review is "D" followed by its number, for example D3805.`,
    );
  }
  return `https://reviews.freebsd.org/${reviewId}`;
}

/**
 * Git commits in FreeBSD's repositories (src, ports and doc moved from
 * Subversion to git in 2020 and 2021): what a commit reference is, how it
 * is written and where it links to.
 */
import { ReferenceSyntaxError } from './errors.ts';

export const GIT_REPOSITORIES = ['src', 'ports', 'doc'] as const;
export type GitRepository = (typeof GIT_REPOSITORIES)[number];

declare const hashBrand: unique symbol;
/** A commit hash or an abbreviation of one: 7 to 40 lower-case hexadecimal digits. */
export type CommitHash = string & { readonly [hashBrand]: true };

export interface GitRef {
  readonly kind: 'git';
  readonly repository: GitRepository;
  readonly hash: CommitHash;
}

/** Git's shortest default abbreviation, and a full SHA-1. */
export const HASH_MIN = 7;
export const HASH_MAX = 40;
/**
 * How many digits the site writes, and the fewest prose must write to be
 * linked: FreeBSD's release notes and commit messages quote 12.
 */
export const HASH_WRITTEN = 12;

/**
 * A commit in prose: 12 to 40 hexadecimal digits with at least one digit and
 * at least one letter a-f, so neither a word nor a plain number is read as a
 * hash. The scanner adds the boundaries.
 */
export const PROSE_HASH_PATTERN = `(?=[0-9a-f]{0,39}[0-9])(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{${String(HASH_WRITTEN)},${String(HASH_MAX)}}`;

const HASH = new RegExp(`^[0-9a-f]{${String(HASH_MIN)},${String(HASH_MAX)}}$`);

export function isGitRepository(value: unknown): value is GitRepository {
  return GIT_REPOSITORIES.some((repository) => repository === value);
}

export function toGitRepository(value: unknown): GitRepository {
  if (isGitRepository(value)) return value;
  throw new ReferenceSyntaxError(
    `Unknown git repository ${JSON.stringify(value)}: use one of ${GIT_REPOSITORIES.join(', ')}.`,
  );
}

function isCommitHash(text: string): text is CommitHash {
  return HASH.test(text);
}

/** Parses a hash of 7 to 40 hexadecimal digits, upper or lower case; the result is lower case. */
export function parseCommit(text: string): CommitHash {
  const hash = text.trim().toLowerCase();
  if (!isCommitHash(hash)) {
    throw new ReferenceSyntaxError(
      `Invalid commit hash ${JSON.stringify(text)}: write ${String(HASH_MIN)} to ${String(HASH_MAX)} hexadecimal digits, for example 65f22ccf8247.`,
    );
  }
  return hash;
}

/** The written form: the first 12 digits, as FreeBSD quotes commits. */
export function formatCommit(hash: CommitHash): string {
  return hash.slice(0, HASH_WRITTEN);
}

export function gitRef(repository: GitRepository, hash: CommitHash): GitRef {
  return { kind: 'git', repository, hash };
}

/** Whether a written hash names this commit: one is a prefix of the other. */
export function hashMatches(recorded: CommitHash, written: CommitHash): boolean {
  return recorded.startsWith(written) || written.startsWith(recorded);
}

/** The one canonical link to a commit: FreeBSD's cgit. */
export function cgitUrl({ repository, hash }: GitRef): string {
  return `https://cgit.freebsd.org/${repository}/commit/?id=${hash}`;
}

import type { AdvisoryRef } from './references/advisory.ts';
import { advisoryUrl } from './references/advisory.ts';
import { cgitUrl, parseCommit, type GitRef } from './references/git.ts';
import { refText } from './references/record-ref.ts';
import { reviewUrl, type ReviewId } from './references/review.ts';
import { GIT_SUCCESSOR, phabricatorCommitUrl, svnwebUrl, type SvnRef } from './references/svn.ts';

export interface SourceJson {
  id: string;
  title: string;
  url: string;
}

/** People by role, as person ids (their pages are /people/<id>/). */
export interface PeopleJson {
  author: string[];
  committer: string[];
  submitter: string[];
  reviewers: string[];
}

/**
 * One change record in /changes.json. Every key is always present, in this
 * order; a fact no source gives is `null`. Fields up to `urls` kept their
 * meaning from the first version; `kind` and what follows `urls` were added
 * with git commits.
 */
export interface ChangeJson {
  repository: string;
  /** The Subversion revision number; `null` for a git commit. */
  revision: number | null;
  /** How the site writes it: `r286062`, or a git commit's 12-digit hash. */
  revisionText: string;
  title: string;
  subject: string | null;
  /** Names of the people credited as authors. */
  authors: string[] | null;
  /** Commit date, `YYYY-MM-DD` (UTC). */
  date: string | null;
  /** The first release that shipped the change, in this commit or a merge of it. */
  firstRelease: string | null;
  topics: string[];
  /** Differential review id, such as `D3805`. */
  review: string | null;
  sources: SourceJson[];
  verified: boolean;
  inTalk: boolean;
  urls: {
    /** The change's page on this site, absolute. */
    page: string;
    /** Subversion web view; `null` for a git commit. */
    svnweb: string | null;
    /** The commit on FreeBSD's Phabricator (rS…, rP…); `null` for a git commit. */
    review: string | null;
    /** The Differential review, when `review` is set. */
    differential: string | null;
    /** cgit; `null` for a Subversion revision whose git hash is not recorded. */
    cgit: string | null;
  };
  /** `svn` or `git`. */
  kind: 'svn' | 'git';
  /** The git hash as recorded (7 to 40 digits; all 40 once imported); `null` for a revision not yet imported. */
  hash: string | null;
  people: PeopleJson;
  sponsor: string | null;
  /** For a merge: the commit it merges (`r286062`) and the branch it went to. */
  mergeOf: string | null;
  branch: string | null;
  /** What the import read from git (src/schemas/change.ts, `commit`); `null` for a record it has not read. */
  commit: CommitJson | null;
}

/** The import's facts of a commit, as the record's `commit` block holds them. */
export interface CommitJson {
  hash: string;
  branch: string;
  subject: string;
  author: { name: string; handle: string | null; time: string };
  committer: { name: string; handle: string | null; time: string };
  files: string[];
  /** The commits it merges (`r286062` or a 12-digit hash). */
  mergeOf: string[];
}

/** One advisory in /changes.json. */
export interface AdvisoryJson {
  /** `FreeBSD-SA-21:06.xen`. */
  id: string;
  type: 'SA' | 'EN';
  topic: string;
  /** How release notes or errata word the topic, where different. */
  releaseNotesTopic: string | null;
  announced: string;
  /** The date release notes or errata give, where different. */
  releaseNotesDate: string | null;
  cve: string[];
  xsa: string[];
  releases: string[];
  corrections: { branch: string; commit: string }[];
  topics: string[];
  sources: SourceJson[];
  urls: { page: string; advisory: string };
}

/** The whole document: an object, so fields can be added without breaking scripts. */
export interface ChangesJson {
  changes: ChangeJson[];
  advisories: AdvisoryJson[];
}

export interface ChangeFields {
  readonly ref: SvnRef | GitRef;
  readonly title: string;
  readonly subject?: string | undefined;
  readonly date?: string | undefined;
  readonly firstRelease?: string | undefined;
  readonly topics: readonly string[];
  readonly review?: ReviewId | undefined;
  readonly people?: { readonly [role in keyof PeopleJson]?: readonly string[] | undefined } | undefined;
  readonly sponsor?: string | undefined;
  readonly mergeOf?: { readonly text: string } | undefined;
  readonly branch?: string | undefined;
  readonly sources: readonly string[];
  readonly verified: boolean;
  readonly inTalk: boolean;
  readonly commit?: ImportedCommitFields | undefined;
}

interface GitPersonFields {
  readonly name: string;
  readonly handle?: string | undefined;
  readonly time: string;
}

/** The fields of a record's commit block this file reads. */
export interface ImportedCommitFields {
  readonly hash: string;
  readonly branch: string;
  readonly subject: string;
  readonly author: GitPersonFields;
  readonly committer: GitPersonFields;
  readonly files: readonly string[];
  readonly mergeOf?: readonly { readonly text: string }[] | undefined;
}

/** The commit's cgit page: a git record's own, or the hash the import found for a Subversion revision. */
export function commitCgitUrl(ref: SvnRef | GitRef, hash: string | undefined): string | null {
  if (ref.kind === 'git') return cgitUrl(hash === undefined ? ref : { ...ref, hash: parseCommit(hash) });
  return hash === undefined
    ? null
    : cgitUrl({ kind: 'git', repository: GIT_SUCCESSOR[ref.repository], hash: parseCommit(hash) });
}

function commitJson(commit: ImportedCommitFields): CommitJson {
  const person = ({ name, handle, time }: GitPersonFields) => ({ name, handle: handle ?? null, time });
  return {
    hash: commit.hash,
    branch: commit.branch,
    subject: commit.subject,
    author: person(commit.author),
    committer: person(commit.committer),
    files: [...commit.files],
    mergeOf: (commit.mergeOf ?? []).map((merge) => merge.text),
  };
}

export interface AdvisoryFields {
  readonly ref: AdvisoryRef;
  readonly topic: string;
  readonly releaseNotesTopic?: string | undefined;
  readonly announced: string;
  readonly releaseNotesDate?: string | undefined;
  readonly cve: readonly string[];
  readonly xsa: readonly string[];
  readonly releases: readonly string[];
  readonly corrections: readonly { readonly branch: string; readonly commit: { readonly text: string } }[];
  readonly topics: readonly string[];
  readonly sources: readonly string[];
}

export interface JsonContext {
  /** The absolute URL of a record's page. */
  readonly pageUrl: (ref: SvnRef | GitRef | AdvisoryRef) => string;
  readonly source: (id: string) => SourceJson;
  /** A person's name by id. */
  readonly personName: (id: string) => string;
}

export function toChangeJson(change: ChangeFields, context: JsonContext): ChangeJson {
  const { ref } = change;
  const svn = ref.kind === 'svn' ? ref : undefined;
  const people: PeopleJson = {
    author: [...(change.people?.author ?? [])],
    committer: [...(change.people?.committer ?? [])],
    submitter: [...(change.people?.submitter ?? [])],
    reviewers: [...(change.people?.reviewers ?? [])],
  };
  return {
    repository: ref.repository,
    revision: svn ? svn.revision : null,
    revisionText: refText(ref),
    title: change.title,
    subject: change.subject ?? null,
    authors: people.author.length > 0 ? people.author.map(context.personName) : null,
    date: change.date ?? null,
    firstRelease: change.firstRelease ?? null,
    topics: [...change.topics],
    review: change.review ?? null,
    sources: change.sources.map(context.source),
    verified: change.verified,
    inTalk: change.inTalk,
    urls: {
      page: context.pageUrl(ref),
      svnweb: svn ? svnwebUrl(svn) : null,
      review: svn ? phabricatorCommitUrl(svn) : null,
      differential: change.review ? reviewUrl(change.review) : null,
      cgit: commitCgitUrl(ref, change.commit?.hash),
    },
    kind: ref.kind,
    hash: change.commit?.hash ?? (ref.kind === 'git' ? ref.hash : null),
    people,
    sponsor: change.sponsor ?? null,
    mergeOf: change.mergeOf?.text ?? null,
    branch: change.branch ?? null,
    commit: change.commit ? commitJson(change.commit) : null,
  };
}

export function toAdvisoryJson(advisory: AdvisoryFields, context: JsonContext): AdvisoryJson {
  return {
    id: advisory.ref.id,
    type: advisory.ref.id.startsWith('FreeBSD-EN-') ? 'EN' : 'SA',
    topic: advisory.topic,
    releaseNotesTopic: advisory.releaseNotesTopic ?? null,
    announced: advisory.announced,
    releaseNotesDate: advisory.releaseNotesDate ?? null,
    cve: [...advisory.cve],
    xsa: [...advisory.xsa],
    releases: [...advisory.releases],
    corrections: advisory.corrections.map(({ branch, commit }) => ({ branch, commit: commit.text })),
    topics: [...advisory.topics],
    sources: advisory.sources.map(context.source),
    urls: { page: context.pageUrl(advisory.ref), advisory: advisoryUrl(advisory.ref) },
  };
}

/** Repository name, then the site's order within it: the order of /changes.json. */
export function byRepository(a: ChangeFields, b: ChangeFields): number {
  return a.ref.repository.localeCompare(b.ref.repository);
}

/** /changes.json: every change and advisory, as pretty JSON ending in a newline. */
export function changesJson(
  changes: readonly ChangeFields[],
  advisories: readonly AdvisoryFields[],
  context: JsonContext,
): string {
  const document: ChangesJson = {
    changes: [...changes].sort(byRepository).map((change) => toChangeJson(change, context)),
    advisories: advisories.map((advisory) => toAdvisoryJson(advisory, context)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

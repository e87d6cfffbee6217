import {
  differentialUrl,
  formatRevision,
  reviewUrl,
  svnwebUrl,
  type Repository,
  type RevisionId,
} from './revision.ts';

/** What /changes.json needs of a change record (src/schemas/change.ts satisfies it). */
export interface ChangeFields extends RevisionId {
  readonly title: string;
  readonly subject?: string | undefined;
  readonly authors?: readonly string[] | undefined;
  readonly date?: Date | undefined;
  readonly firstRelease?: string | undefined;
  readonly topics: readonly string[];
  readonly review?: string | undefined;
  readonly sources: readonly string[];
  readonly verified: boolean;
  readonly inTalk: boolean;
}

export interface SourceJson {
  id: string;
  title: string;
  url: string;
}

/**
 * One change record in /changes.json. Every key is always present, in this
 * order; a fact no source gives is `null`.
 */
export interface ChangeJson {
  repository: Repository;
  revision: number;
  /** `r286062`. */
  revisionText: string;
  title: string;
  subject: string | null;
  authors: string[] | null;
  /** Commit date, `YYYY-MM-DD` (UTC). */
  date: string | null;
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
    svnweb: string;
    /** The commit on FreeBSD's Phabricator, such as https://reviews.freebsd.org/rS286062. */
    review: string;
    /** The Differential review, when `review` is set. */
    differential: string | null;
  };
}

/** The whole document: an object, so fields can be added without breaking scripts. */
export interface ChangesJson {
  changes: ChangeJson[];
}

export interface ChangeJsonContext {
  /** The absolute URL of a change's page. */
  readonly pageUrl: (id: RevisionId) => string;
  /** Title and URL of every source id a record may name. */
  readonly sources: Readonly<Record<string, { readonly title: string; readonly url: string }>>;
}

function source(id: string, { sources }: ChangeJsonContext): SourceJson {
  const found = sources[id];
  if (!found) throw new Error(`unknown source "${id}": it is not in content/data/sources.json`);
  return { id, title: found.title, url: found.url };
}

export function toChangeJson(change: ChangeFields, context: ChangeJsonContext): ChangeJson {
  const id: RevisionId = { repository: change.repository, revision: change.revision };
  return {
    repository: change.repository,
    revision: change.revision,
    revisionText: formatRevision(change.revision),
    title: change.title,
    subject: change.subject ?? null,
    authors: change.authors ? [...change.authors] : null,
    date: change.date ? change.date.toISOString().slice(0, 10) : null,
    firstRelease: change.firstRelease ?? null,
    topics: [...change.topics],
    review: change.review ?? null,
    sources: change.sources.map((sourceId) => source(sourceId, context)),
    verified: change.verified,
    inTalk: change.inTalk,
    urls: {
      page: context.pageUrl(id),
      svnweb: svnwebUrl(id),
      review: reviewUrl(id),
      differential: change.review ? differentialUrl(change.review) : null,
    },
  };
}

/** Repository name, then revision number: the order of /changes.json. */
export function byRepositoryThenRevision(a: RevisionId, b: RevisionId): number {
  if (a.repository !== b.repository) return a.repository < b.repository ? -1 : 1;
  return a.revision - b.revision;
}

/** /changes.json: every record, sorted, as pretty JSON ending in a newline. */
export function changesJson(changes: readonly ChangeFields[], context: ChangeJsonContext): string {
  const document: ChangesJson = {
    changes: [...changes].sort(byRepositoryThenRevision).map((change) => toChangeJson(change, context)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

import { z } from 'astro/zod';
import {
  commitText,
  isoDate,
  personId,
  releaseVersion,
  reviewId,
  slug,
  sourceId,
  text,
  uniqueList,
  branch,
} from './fields.ts';

/** Who did what in a commit, by person id (content/people/<id>.md), only where a source says so. */
export const commitPeopleSchema = z.strictObject({
  /** Wrote the change; the talk's "by …" credits count, with the talk as source. */
  author: uniqueList(personId, 'person').min(1).optional(),
  /** Committed it to the repository. */
  committer: uniqueList(personId, 'person').min(1).optional(),
  /** Sent it in, where the commit message says "Submitted by". */
  submitter: uniqueList(personId, 'person').min(1).optional(),
  /** Reviewed it ("Reviewed by"). */
  reviewers: uniqueList(personId, 'person').min(1).optional(),
});

/** A person as git or a trailer names them: a FreeBSD account where known, a name where given. */
const namedPerson = z.strictObject({
  handle: personId.optional(),
  name: text().optional(),
});

/** An author or committer as git records them; the time is UTC to the second. */
const gitPerson = z.strictObject({
  name: text(),
  handle: personId.optional(),
  time: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, {
    error: 'expected a UTC time such as "2015-07-30T03:50:59Z"',
  }),
});

/** The commit message's trailers, typed (src/lib/import/trailers.ts). */
const trailersSchema = z.strictObject({
  reviewedBy: z.array(namedPerson).optional(),
  submittedBy: z.array(namedPerson).optional(),
  reportedBy: z.array(namedPerson).optional(),
  testedBy: z.array(namedPerson).optional(),
  approvedBy: z.array(namedPerson).optional(),
  discussedWith: z.array(namedPerson).optional(),
  obtainedFrom: z.array(text()).optional(),
  sponsoredBy: z.array(text()).optional(),
  differentialRevision: z.array(reviewId).optional(),
  pullRequest: z.array(z.url({ protocol: /^https$/ })).optional(),
  pr: z.array(z.number().int().positive()).optional(),
  mfcAfter: text().optional(),
  mfcWith: z.array(text()).optional(),
  mfh: text().optional(),
  security: z.array(text()).optional(),
  relnotes: text().optional(),
});

/**
 * What the import (npm run import) read from git about the commit. The
 * import owns this block and rewrites it on every run; a maintainer owns
 * everything else in the file. Where a field outside the block says
 * otherwise, the maintainer's field is what the site shows.
 */
export const importedCommitSchema = z.strictObject({
  /** The full git hash. */
  hash: z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a full 40-digit git hash' }),
  /** The Subversion revision from the commit's git note, for a commit made in Subversion. */
  revision: z.number().int().positive().optional(),
  /** The branch: from the svn note's path, or the first of main, stable/N, releng/N.M that has it. */
  branch: text(),
  subject: text(),
  author: gitPerson,
  committer: gitPerson,
  trailers: trailersSchema.optional(),
  /** The files it changed that the path map (content/data/xen-paths.json) calls Xen's. */
  files: z.array(text()).min(1),
  /** The topics the path map gives those files. */
  topics: uniqueList(slug, 'topic'),
  /** The commits it merges that have records: r286062, or a git hash's first 12 digits. */
  mergeOf: z.array(commitText).optional(),
  /** The earliest release whose tag reaches this commit itself. */
  release: releaseVersion.optional(),
  /** The earliest release that reaches this commit or one of its merges. */
  firstRelease: releaseVersion.optional(),
});

export type ImportedCommit = z.infer<typeof importedCommitSchema>;

export const COMMIT_ROLES = ['author', 'committer', 'submitter', 'reviewers'] as const;
export type CommitRole = (typeof COMMIT_ROLES)[number];

/**
 * One change record: content/changes/<repository>/<r<number> or hash>.md.
 * The path is its identity (repository and revision or commit); the front
 * matter holds what sources say of it. Every optional field stays out
 * unless a source states it.
 */
const changeFields = z.strictObject({
  /** What the change does, in the site's own words; an imported record without one shows its subject. */
  title: text(3).optional(),
  /** The commit's subject line, only where a source quotes it. */
  subject: text().optional(),
  /** Commit date (UTC), only where a source gives it. */
  date: isoDate.optional(),
  /** The first FreeBSD release that shipped the change, in this commit or a merge of it. */
  firstRelease: releaseVersion.optional(),
  /** For a merge to a stable branch: the commit it merges, in the same repository. */
  mergeOf: commitText.optional(),
  /** The branch a merge went to, such as stable/10, where a source names it. */
  branch: branch.optional(),
  /** Topics; an imported record adds those of its commit block. */
  topics: uniqueList(slug, 'topic').optional(),
  /** Differential review id, such as D3805. */
  review: reviewId.optional(),
  people: commitPeopleSchema.optional(),
  /** Who paid for the work, as the commit or release notes name them. */
  sponsor: text().optional(),
  /** Ids from content/data/sources.json; the talk counts as a source. */
  sources: uniqueList(sourceId, 'source').optional(),
  /** True only where a source other than the talk ties this commit to its content. */
  verified: z.boolean({ error: 'expected true or false' }),
  /** Whether the FOSDEM 2016 talk cites this commit. */
  inTalk: z.boolean({ error: 'expected true or false' }).default(false),
  /** What git says of the commit, written by the import (npm run import). */
  commit: importedCommitSchema.optional(),
});

/** The fields that must be written by hand when no commit block gives them. */
function requireHandWritten(data: z.output<typeof changeFields>, ctx: z.RefinementCtx): void {
  if (data.commit) return;
  const missing: [keyof typeof data, string][] = [
    ['title', 'expected a title of at least 3 characters'],
    ['topics', 'name at least one topic'],
    ['sources', 'name at least one source'],
  ];
  for (const [field, message] of missing) {
    const value = data[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0))
      ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

/**
 * The record as the site shows it: each fact the maintainer wrote, else the
 * commit block's. Topics are both lists together; the branch of a merge and
 * the people by role come from git where the maintainer named none.
 */
function effectiveChange(data: z.output<typeof changeFields>) {
  const { commit } = data;
  const title = data.title ?? commit?.subject ?? '';
  const topics = [...new Set([...(data.topics ?? []), ...(commit?.topics ?? [])])];
  if (!commit) return { ...data, title, topics, sources: data.sources ?? [], titleIsSubject: false };
  const mergeOf = data.mergeOf ?? commit.mergeOf?.[0];
  const handles = (people: readonly { handle?: string | undefined }[] | undefined) => {
    const ids = [...new Set((people ?? []).flatMap((person) => (person.handle ? [person.handle] : [])))];
    return ids.length > 0 ? ids : undefined;
  };
  const fromGit = {
    author: handles([commit.author]),
    committer: handles([commit.committer]),
    submitter: handles(commit.trailers?.submittedBy),
    reviewers: handles(commit.trailers?.reviewedBy),
  };
  const people = Object.fromEntries(
    COMMIT_ROLES.flatMap((role) => {
      const ids = data.people?.[role] ?? fromGit[role];
      return ids ? [[role, ids]] : [];
    }),
  );
  const branch =
    data.branch ?? (mergeOf && /^(stable|releng)\//.test(commit.branch) ? commit.branch : undefined);
  const review = data.review ?? commit.trailers?.differentialRevision?.[0];
  const sponsor = data.sponsor ?? commit.trailers?.sponsoredBy?.[0];
  const firstRelease = data.firstRelease ?? commit.firstRelease;
  return {
    ...data,
    title,
    titleIsSubject: data.title === undefined,
    topics,
    sources: data.sources ?? [],
    subject: data.subject ?? commit.subject,
    date: data.date ?? commit.committer.time.slice(0, 10),
    ...(mergeOf ? { mergeOf } : {}),
    ...(branch ? { branch } : {}),
    ...(review ? { review } : {}),
    ...(sponsor ? { sponsor } : {}),
    ...(firstRelease ? { firstRelease } : {}),
    ...(Object.keys(people).length > 0 ? { people } : {}),
  };
}

/**
 * A record as the site reads it: the maintainer's fields, and where one is
 * left out, what the commit block says (src/lib/import/effective.ts).
 */
export const changeSchema = changeFields.superRefine(requireHandWritten).transform(effectiveChange);

export type ChangeFrontmatter = z.infer<typeof changeSchema>;

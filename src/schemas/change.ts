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

export const COMMIT_ROLES = ['author', 'committer', 'submitter', 'reviewers'] as const;
export type CommitRole = (typeof COMMIT_ROLES)[number];

/**
 * One change record: content/changes/<repository>/<r<number> or hash>.md.
 * The path is its identity (repository and revision or commit); the front
 * matter holds what sources say of it. Every optional field stays out
 * unless a source states it.
 */
export const changeSchema = z.strictObject({
  /** What the change does, in the site's own words. */
  title: text(3),
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
  topics: uniqueList(slug, 'topic').min(1, { error: 'name at least one topic' }),
  /** Differential review id, such as D3805. */
  review: reviewId.optional(),
  people: commitPeopleSchema.optional(),
  /** Who paid for the work, as the commit or release notes name them. */
  sponsor: text().optional(),
  /** Ids from content/data/sources.json; the talk counts as a source. */
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
  /** True only where a source other than the talk ties this commit to its content. */
  verified: z.boolean({ error: 'expected true or false' }),
  /** Whether the FOSDEM 2016 talk cites this commit. */
  inTalk: z.boolean({ error: 'expected true or false' }).default(false),
});

export type ChangeFrontmatter = z.infer<typeof changeSchema>;

import { z } from 'astro/zod';
import { REPOSITORIES, parseRevision, toRevisionNumber, type RevisionNumber } from '../lib/revision.ts';
import { sourceIdSchema } from './source.ts';
import { topicSlugSchema } from './topic.ts';

/** `284296` or `"r284296"`: both become the branded number. */
const revisionSchema = z
  .union([z.int(), z.string()], {
    error: 'expected a revision number such as 284296 (or "r284296")',
  })
  .transform((value, ctx): RevisionNumber => {
    try {
      return typeof value === 'number' ? toRevisionNumber(value) : parseRevision(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });

/**
 * One change record, content/changes/<repository>/r<number>.md: the front
 * matter below, and a body in Markdown that explains the change.
 * Every optional field stays empty unless a source states it.
 */
export const changeSchema = z.strictObject({
  repository: z.enum(REPOSITORIES, {
    error: `expected one of ${REPOSITORIES.join(', ')}`,
  }),
  revision: revisionSchema,
  /** What the talk says the change does, in the site's own words. */
  title: z.string().trim().min(3),
  /** The commit's subject line, only where a source quotes it. */
  subject: z.string().trim().min(1).optional(),
  /** People the sources credit (committer, submitter or, per the talk, author). */
  authors: z.array(z.string().trim().min(1)).min(1).optional(),
  /** Commit date (UTC), only where a source gives it. */
  date: z.coerce.date().optional(),
  /** First FreeBSD release that shipped it, only where a source says so. */
  firstRelease: z
    .string()
    .regex(/^\d+\.\d+$/, 'expected a release such as "11.0"')
    .optional(),
  topics: z.array(topicSlugSchema).min(1, 'name at least one topic'),
  /** Differential review id, such as D3805, only where a source gives it. */
  review: z
    .string()
    .regex(/^D[1-9][0-9]*$/, 'expected a Differential review id such as D3805')
    .optional(),
  /** Ids from content/data/sources.json; the talk counts as a source. */
  sources: z.array(sourceIdSchema).min(1, 'name at least one source'),
  /** True only where a source other than the talk ties this number to its content. */
  verified: z.boolean(),
  /** Whether the FOSDEM 2016 talk cites this revision. */
  inTalk: z.boolean().default(true),
});

export type ChangeInput = z.input<typeof changeSchema>;
export type Change = z.infer<typeof changeSchema>;

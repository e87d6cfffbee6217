import { z } from 'astro/zod';
import { sourceId, text, uniqueList } from './fields.ts';

/**
 * A person who appears in the records: content/people/<id>.md, where the id
 * is the FreeBSD account name (royger), or a kebab-case name for someone
 * without one (julien-grall). The import (npm run import) writes a record
 * for every account a commit names that has none, with the name git gives;
 * a record without `imported: true` is a maintainer's, and the import never
 * touches it.
 */
export const personSchema = z
  .strictObject({
    name: text(2),
    /** Whether the file name is a FreeBSD account name. */
    freebsdAccount: z.boolean({ error: 'expected true or false' }),
    /** Employer or sponsor at the time of the work, only where a source says so. */
    affiliation: text().optional(),
    /** Where the name (and affiliation) come from; git itself for an imported record. */
    sources: uniqueList(sourceId, 'source').optional(),
    /** Written by the import, from git: the import may rewrite it. */
    imported: z.literal(true).optional(),
  })
  .superRefine((data, ctx) => {
    if (!data.imported && (data.sources === undefined || data.sources.length === 0))
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'name at least one source' });
  })
  .transform((data) => ({ ...data, sources: data.sources ?? [] }));

export type PersonFrontmatter = z.infer<typeof personSchema>;

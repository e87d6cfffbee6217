import { z } from 'astro/zod';
import { sourceId, text, uniqueList } from './fields.ts';

/**
 * A person who appears in the records: content/people/<id>.md, where the id
 * is the FreeBSD account name (royger), or a kebab-case name for someone
 * without one (julien-grall).
 */
export const personSchema = z.strictObject({
  name: text(2),
  /** Whether the file name is a FreeBSD account name. */
  freebsdAccount: z.boolean({ error: 'expected true or false' }),
  /** Employer or sponsor at the time of the work, only where a source says so. */
  affiliation: text().optional(),
  /** Where the name (and affiliation) come from. */
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type PersonFrontmatter = z.infer<typeof personSchema>;

import { z } from 'astro/zod';
import { slug, sourceId, text, uniqueList } from './fields.ts';

/** One glossary entry, content/glossary/<id>.md; its id is the anchor on /glossary/. */
export const glossarySchema = z.strictObject({
  term: text(),
  /** Other names and spellings, such as "PVHv2" for HVMlite. */
  aka: uniqueList(text(), 'name').default([]),
  topics: uniqueList(slug, 'topic').default([]),
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;

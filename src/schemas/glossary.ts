import { z } from 'astro/zod';
import { sourceIdSchema } from './source.ts';
import { topicSlugSchema } from './topic.ts';

/** One glossary entry, content/glossary/<id>.md; its id is the anchor on /glossary/. */
export const glossarySchema = z.strictObject({
  term: z.string().trim().min(1),
  /** Other names and spellings, such as "PVHv2" for HVMLite. */
  aka: z.array(z.string().trim().min(1)).default([]),
  topics: z.array(topicSlugSchema).default([]),
  sources: z.array(sourceIdSchema).min(1),
});

export type GlossaryEntry = z.infer<typeof glossarySchema>;

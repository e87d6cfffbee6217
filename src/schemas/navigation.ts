import { z } from 'astro/zod';
import { slug, text, uniqueList } from './fields.ts';

/** content/data/topics.json: the navigation groups and their topics, in reading order. */
export const navigationSchema = z.strictObject({
  groups: z
    .array(z.strictObject({ label: text(), topics: uniqueList(slug, 'topic').min(1) }))
    .min(1, { error: 'list at least one group' }),
});

export type Navigation = z.infer<typeof navigationSchema>;

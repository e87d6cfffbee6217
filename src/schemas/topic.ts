import { z } from 'astro/zod';
import { slug, sourceId, text, uniqueList } from './fields.ts';

/** Front matter of a topic page, content/topics/<slug>.mdx. */
export const topicSchema = z.strictObject({
  title: text(),
  /** One or two sentences for search results, cards and the meta description. */
  description: text(40).max(200, { error: 'keep the description under 200 characters' }),
  related: uniqueList(slug, 'topic').default([]),
  /** What the "Status today" box at the top of the page shows. */
  status: z.strictObject({
    /**
     * The answer a reader came for, in one or two sentences, shown first;
     * the rows below give the evidence and the open questions.
     */
    summary: text(20).optional(),
    /** Rows of the support matrix (content/data/support.json) this topic is about. */
    features: uniqueList(slug, 'feature').min(1, {
      error: 'name at least one feature of content/data/support.json',
    }),
    /** The Xen versions it needs or was seen with, where a source says so. */
    xen: text(5).optional(),
  }),
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type TopicFrontmatter = z.infer<typeof topicSchema>;

import { z } from 'astro/zod';
import topicData from '../../content/data/topics.json' with { type: 'json' };

/** The navigation groups and their topics, in reading order: the one list of topics. */
export const topicGroupsSchema = z.object({
  groups: z
    .array(
      z.object({
        label: z.string().min(1),
        topics: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)).min(1),
      }),
    )
    .min(1),
});

export const TOPIC_GROUPS = topicGroupsSchema.parse(topicData).groups;
export const TOPIC_SLUGS: readonly string[] = TOPIC_GROUPS.flatMap((group) => group.topics);

export const topicSlugSchema = z.string().refine((slug) => TOPIC_SLUGS.includes(slug), {
  error: (issue) =>
    `unknown topic ${JSON.stringify(issue.input)}; known topics are ${TOPIC_SLUGS.join(', ')} (listed in content/data/topics.json)`,
});

/** Frontmatter of a topic page, content/topics/<slug>.mdx. */
export const topicSchema = z.strictObject({
  title: z.string().min(1),
  /** One or two sentences for search results, cards and the meta description. */
  description: z.string().min(40).max(200),
  related: z.array(topicSlugSchema).default([]),
  sources: z.array(z.string().min(1)).min(1),
});

export type TopicFrontmatter = z.infer<typeof topicSchema>;

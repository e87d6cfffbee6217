import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPIC_GROUPS, TOPIC_SLUGS } from '../schemas/topic.ts';

export type TopicEntry = CollectionEntry<'topics'>;

export interface NavGroup {
  /** Anchor-safe id derived from the label. */
  id: string;
  label: string;
  topics: TopicEntry[];
}

let cache: Promise<TopicEntry[]> | undefined;

/**
 * Topic pages in reading order (content/data/topics.json). Every listed slug
 * must have its page and every page must be listed, or the build stops.
 */
export function getTopics(): Promise<TopicEntry[]> {
  cache ??= getCollection('topics').then((entries) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const missing = TOPIC_SLUGS.filter((slug) => !byId.has(slug));
    const unlisted = entries.filter((entry) => !TOPIC_SLUGS.includes(entry.id));
    if (missing.length > 0 || unlisted.length > 0) {
      throw new Error(
        [
          ...missing.map(
            (slug) =>
              `content/data/topics.json lists "${slug}" but content/topics/${slug}.mdx does not exist: add the page or remove the slug`,
          ),
          ...unlisted.map(
            (entry) =>
              `content/topics/${entry.id}.mdx is not listed in content/data/topics.json: add "${entry.id}" to a group there`,
          ),
        ].join('\n'),
      );
    }
    return TOPIC_SLUGS.map((slug) => byId.get(slug)).filter((entry) => entry !== undefined);
  });
  return cache;
}

let titles: Promise<Map<string, string>> | undefined;

/** Each topic's title by slug, for lists and tags that name topics. */
export function getTopicTitles(): Promise<Map<string, string>> {
  titles ??= getTopics().then((topics) => new Map(topics.map((topic) => [topic.id, topic.data.title])));
  return titles;
}

export async function getNavGroups(): Promise<NavGroup[]> {
  const topics = new Map((await getTopics()).map((entry) => [entry.id, entry]));
  return TOPIC_GROUPS.map((group) => ({
    id: `nav-${group.label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    label: group.label,
    topics: group.topics.map((slug) => topics.get(slug)).filter((entry) => entry !== undefined),
  }));
}

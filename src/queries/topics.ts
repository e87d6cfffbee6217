import { getCollection, type CollectionEntry } from 'astro:content';
import { slugify } from '../lib/slug.ts';
import { memo } from './memo.ts';
import { siteData } from './site-data.ts';

export type TopicEntry = CollectionEntry<'topics'>;

export interface NavGroup {
  /** Anchor-safe id made from the label. */
  id: string;
  label: string;
  topics: TopicEntry[];
}

/** Topic pages in reading order (content/data/topics.json lists each exactly once: validated). */
export const getTopics = memo(async (): Promise<TopicEntry[]> => {
  const byId = new Map((await getCollection('topics')).map((entry) => [entry.id, entry]));
  return siteData()
    .navigation.groups.flatMap((group) => group.topics)
    .map((slug) => byId.get(slug))
    .filter((entry) => entry !== undefined);
});

/** Each topic's title by slug, for lists and tags that name topics. */
export const getTopicTitles = memo(
  async (): Promise<Map<string, string>> =>
    new Map((await getTopics()).map((topic) => [topic.id, topic.data.title])),
);

export const getNavGroups = memo(async (): Promise<NavGroup[]> => {
  const topics = new Map((await getTopics()).map((entry) => [entry.id, entry]));
  return siteData().navigation.groups.map((group) => ({
    id: `nav-${slugify(group.label)}`,
    label: group.label,
    topics: group.topics.map((slug) => topics.get(slug)).filter((entry) => entry !== undefined),
  }));
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the generator and the Starlight copy need to know of the real site's content. */
export interface SiteData {
  groups: { label: string; topics: string[] }[];
  topics: string[];
  topicTitles: Map<string, string>;
  topicDescriptions: Map<string, string>;
  sources: Map<string, { title: string; url: string }>;
}

function frontmatterOf(file: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  const data: unknown = match?.[1] ? parse(match[1]) : {};
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

export function readSiteData(root: string): SiteData {
  const { groups } = JSON.parse(readFileSync(join(root, 'content/data/topics.json'), 'utf8')) as {
    groups: { label: string; topics: string[] }[];
  };
  const topics = groups.flatMap((group) => group.topics);
  const topicTitles = new Map<string, string>();
  const topicDescriptions = new Map<string, string>();
  for (const slug of topics) {
    const data = frontmatterOf(join(root, 'content/topics', `${slug}.mdx`));
    topicTitles.set(slug, typeof data['title'] === 'string' ? data['title'] : slug);
    if (typeof data['description'] === 'string') topicDescriptions.set(slug, data['description']);
  }
  const rawSources = JSON.parse(readFileSync(join(root, 'content/data/sources.json'), 'utf8')) as Record<
    string,
    { title: string; url: string }
  >;
  return { groups, topics, topicTitles, topicDescriptions, sources: new Map(Object.entries(rawSources)) };
}

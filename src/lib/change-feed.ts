import { firstParagraph } from './plain-text.ts';
import { formatRevision, type RevisionId } from './revision.ts';

/** What a feed item needs of a change record. */
export interface FeedChange extends RevisionId {
  readonly title: string;
  readonly topics: readonly string[];
  readonly date?: Date | undefined;
}

/** An item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
  pubDate?: Date;
}

/**
 * Highest revision number first. Each repository numbers its revisions
 * separately, so across repositories this is an order by number, not by time;
 * most records carry no date to do better with.
 */
export function newestFirst(a: RevisionId, b: RevisionId): number {
  if (a.revision !== b.revision) return b.revision - a.revision;
  if (a.repository === b.repository) return 0;
  return a.repository < b.repository ? -1 : 1;
}

/** `r286062 (base): Indirect segment I/O for blkfront`. */
export function feedTitle(change: FeedChange): string {
  return `${formatRevision(change.revision)} (${change.repository}): ${change.title}`;
}

/**
 * One feed item: the change page as its link, the first paragraph of the
 * record's body as plain text, its topics as categories, and a publication
 * date only where the record has one.
 */
export function feedItem(change: FeedChange, link: string, body: string): FeedItem {
  const item: FeedItem = {
    title: feedTitle(change),
    link,
    description: firstParagraph(body) || `${change.title}.`,
    categories: [...change.topics],
  };
  if (change.date) item.pubDate = change.date;
  return item;
}

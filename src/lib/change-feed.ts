import { firstParagraphText } from './html-text.ts';
import { refRepository, refText, type RecordRef } from './references/record-ref.ts';

/** How many items the feed carries: the newest. */
export const FEED_SIZE = 50;

/** What a feed item needs of a record. */
export interface FeedRecord {
  readonly ref: RecordRef;
  readonly title: string;
  readonly topics: readonly string[];
  readonly date?: string | undefined;
  /** The record's body as the site renders it. */
  readonly html: string;
}

/** An item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  categories: string[];
  pubDate?: Date;
}

/** `r286062 (base): Indirect segment I/O for blkfront`; an advisory by its id. */
export function feedTitle({ ref, title }: Pick<FeedRecord, 'ref' | 'title'>): string {
  const repository = refRepository(ref);
  return `${refText(ref)}${repository === undefined ? '' : ` (${repository})`}: ${title}`;
}

/**
 * One feed item: the record's page as its link, the first paragraph of its
 * rendered body as text, its topics as categories, and a publication date
 * only where the record has one.
 */
export function feedItem(record: FeedRecord, link: string): FeedItem {
  const item: FeedItem = {
    title: feedTitle(record),
    link,
    description: firstParagraphText(record.html) || `${record.title}.`,
    categories: [...record.topics],
  };
  if (record.date) item.pubDate = new Date(`${record.date}T00:00:00Z`);
  return item;
}

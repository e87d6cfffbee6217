import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedTitle } from '../../src/lib/change-feed.ts';
import { newestFirst } from '../../src/lib/order.ts';
import { recordRoute } from '../../src/lib/paths.ts';
import { BUILDS, listFiles, SITE_URL } from '../../scripts/lib/dist.ts';
import { content } from './content.ts';

interface Item {
  title: string;
  link: string;
  description: string;
  pubDate?: string;
}

interface Feed {
  rss: {
    '@_version': string;
    channel: { link: string; 'atom:link': { '@_href': string }; item?: Item | Item[] };
  };
}

describe.each(BUILDS)('the RSS feed of the build at $base', ({ dir, base }) => {
  const xml = readFileSync(`${dir}/changes.xml`, 'utf8');
  const feed = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml) as Feed;
  const { channel } = feed.rss;
  const items = channel.item === undefined ? [] : [channel.item].flat();
  const home = `${SITE_URL}${base}`;
  const records = [
    ...content.changes.map((change) => ({
      ref: change.ref,
      title: change.data.title,
      date: change.data.date,
    })),
    ...content.advisories.map((advisory) => ({
      ref: advisory.ref,
      title: advisory.data.topic,
      date: advisory.data.announced,
    })),
  ].sort(newestFirst);
  const newest = records.slice(0, FEED_SIZE);

  it('is an RSS 2.0 channel linking the site home and itself under the base path', () => {
    expect(feed.rss['@_version']).toBe('2.0');
    expect(channel.link).toBe(home);
    expect(channel['atom:link']['@_href']).toBe(`${home}changes.xml`);
  });

  it(`carries the newest ${String(FEED_SIZE)} changes and advisories at most, newest first`, () => {
    expect(items.map((item) => item.link)).toEqual(
      newest.map((record) => `${home}${recordRoute(record.ref).slice(1)}`),
    );
  });

  it('titles each item with its reference and repository, and links a page of the build', () => {
    const files = listFiles(dir);
    items.forEach((item, index) => {
      const record = newest[index];
      if (!record) throw new Error(`no record for ${item.link}`);
      expect(item.title).toBe(feedTitle(record));
      expect(files.has(`${recordRoute(record.ref).slice(1)}index.html`)).toBe(true);
    });
  });

  it('describes each item in plain text, and dates only dated records', () => {
    for (const item of items) {
      expect(item.description.length, item.link).toBeGreaterThan(20);
      expect(item.description, item.link).not.toMatch(/<\/?[a-z][^>]*>|&[a-z]+;/i);
    }
    expect(items.filter((item) => item.pubDate !== undefined)).toHaveLength(
      newest.filter((record) => record.date !== undefined).length,
    );
  });
});

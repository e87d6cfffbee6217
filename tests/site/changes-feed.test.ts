import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRevision } from '../../src/lib/revision.ts';
import { decodeEntities, BUILDS, listFiles, SITE_URL } from '../../scripts/lib/dist.ts';
import { changes } from './records.ts';

interface Item {
  title: string;
  link: string;
  description: string;
  pubDate: string | undefined;
}

/** The text of an element of a feed entry (the feed is generated, so a pattern is enough). */
function field(xml: string, name: string): string | undefined {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1].replaceAll('&apos;', "'"));
}

function items(xml: string): Item[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item = '']) => ({
    title: field(item, 'title') ?? '',
    link: field(item, 'link') ?? '',
    description: field(item, 'description') ?? '',
    pubDate: field(item, 'pubDate'),
  }));
}

describe.each(BUILDS)('the RSS feed of the build at $base', ({ dir, base }) => {
  const xml = readFileSync(`${dir}/changes.xml`, 'utf8');
  const feed = items(xml);
  const home = `${SITE_URL}${base}`;

  it('is an RSS 2.0 channel linking the site home under the base path', () => {
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><rss version="2\.0"/);
    expect(field(xml.replace(/<item>[\s\S]*<\/item>/, ''), 'link')).toBe(home);
    expect(xml).toContain(`<atom:link href="${home}changes.xml" rel="self"`);
  });

  it('has one item per change record, newest revision first', () => {
    const listed = feed.map((item) => /\/changes\/(\w+)\/r(\d+)\/$/.exec(item.link)?.slice(1).join('/'));
    const recorded = changes.map((change) => `${change.repository}/${String(change.revision)}`);
    expect([...listed].sort()).toEqual([...recorded].sort());
    const numbers = listed.map((id) => Number(id?.split('/')[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  });

  it('titles each item "r<n> (<repository>): <title>" and links its change page by absolute URL', () => {
    const files = listFiles(dir);
    for (const change of changes) {
      const path = `changes/${change.repository}/${formatRevision(change.revision)}/`;
      const item = feed.find((candidate) => candidate.link === `${home}${path}`);
      expect(item?.title, path).toBe(
        `${formatRevision(change.revision)} (${change.repository}): ${change.title}`,
      );
      expect(files.has(`${path}index.html`), path).toBe(true);
    }
  });

  it('describes each item in plain text, and dates only the records that have a date', () => {
    for (const item of feed) {
      expect(item.description.length, item.link).toBeGreaterThan(40);
      expect(item.description, item.link).not.toMatch(/[<>`]|\]\(/);
    }
    const dated = changes.filter((change) => change.date).length;
    expect(feed.filter((item) => item.pubDate !== undefined)).toHaveLength(dated);
  });
});

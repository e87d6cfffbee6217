import { describe, expect, it } from 'vitest';
import { feedItem, feedTitle, type FeedRecord } from '../../src/lib/change-feed.ts';
import { advisoryRef, parseAdvisory } from '../../src/lib/references/advisory.ts';
import { gitRef, parseCommit } from '../../src/lib/references/git.ts';
import { svnRef, toRevisionNumber } from '../../src/lib/references/svn.ts';

const HTML =
  '<p>It lets blkfront send <code>&lt;indirect&gt;</code> requests, see <a href="https://example.org/">the notes</a>.</p>\n<p>More.</p>';

function record(extra: Partial<FeedRecord> = {}): FeedRecord {
  return {
    ref: svnRef('base', toRevisionNumber(286062)),
    title: 'Indirect segment I/O',
    topics: ['blkfront'],
    html: HTML,
    ...extra,
  };
}

describe('feedTitle', () => {
  it.each([
    [svnRef('ports', toRevisionNumber(398918)), 'r398918 (ports): X'],
    [gitRef('src', parseCommit('65f22ccf8247')), '65f22ccf8247 (src): X'],
    [advisoryRef(parseAdvisory('FreeBSD-SA-21:06.xen')), 'FreeBSD-SA-21:06.xen: X'],
  ])('titles %j with its reference and repository', (ref, title) => {
    expect(feedTitle({ ref, title: 'X' })).toBe(title);
  });
});

describe('feedItem', () => {
  it('links the page, describes it with the first rendered paragraph as text, and tags its topics', () => {
    expect(feedItem(record({ topics: ['blkfront', 'dom0'] }), 'https://x.org/c/')).toEqual({
      title: 'r286062 (base): Indirect segment I/O',
      link: 'https://x.org/c/',
      description: 'It lets blkfront send <indirect> requests, see the notes.',
      categories: ['blkfront', 'dom0'],
    });
  });

  it('gives a publication date only when the record has one', () => {
    expect(feedItem(record(), 'https://x.org/')).not.toHaveProperty('pubDate');
    expect(feedItem(record({ date: '2015-07-30' }), 'https://x.org/').pubDate).toEqual(
      new Date('2015-07-30T00:00:00Z'),
    );
  });

  it('falls back to the title when the body has no paragraph', () => {
    expect(feedItem(record({ html: '' }), 'https://x.org/').description).toBe('Indirect segment I/O.');
  });

  it('turns a megabyte of rendered body into text in one linear pass', () => {
    const huge = `<p>${'word <code>&lt;x&gt;</code> '.repeat(40_000)}</p>`;
    expect(huge.length).toBeGreaterThan(1_000_000);
    const description = feedItem(record({ html: huge }), 'https://x.org/').description;
    expect(description.startsWith('word <x> word <x>')).toBe(true);
    expect(description.length).toBe('word <x> '.length * 40_000 - 1);
  });
});

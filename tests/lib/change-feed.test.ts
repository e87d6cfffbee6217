import { describe, expect, it } from 'vitest';
import { feedItem, feedTitle, newestFirst, type FeedChange } from '../../src/lib/change-feed.ts';
import { toRevisionNumber, type Repository } from '../../src/lib/revision.ts';

function change(repository: Repository, revision: number, extra: Partial<FeedChange> = {}): FeedChange {
  return {
    repository,
    revision: toRevisionNumber(revision),
    title: 'Indirect segment I/O',
    topics: ['blkfront'],
    ...extra,
  };
}

describe('newestFirst', () => {
  it('puts the highest revision number first, and a shared number in repository order', () => {
    const sorted = [
      change('base', 277291),
      change('ports', 398918),
      change('doc', 286062),
      change('base', 286062),
    ]
      .sort(newestFirst)
      .map(({ repository, revision }) => `${repository}/${String(revision)}`);
    expect(sorted).toEqual(['ports/398918', 'base/286062', 'doc/286062', 'base/277291']);
  });
});

describe('feedItem', () => {
  const body =
    'It lets blkfront send `indirect` requests, see [the notes](https://example.org/).\n\nMore detail.';

  it('titles the item with the revision, its repository and the change', () => {
    expect(feedTitle(change('ports', 398918, { title: 'Live migration' }))).toBe(
      'r398918 (ports): Live migration',
    );
  });

  it('links the change page, describes it with the first paragraph as plain text, and tags its topics', () => {
    const item = feedItem(change('base', 286062, { topics: ['blkfront', 'dom0'] }), 'https://x.org/c/', body);
    expect(item).toEqual({
      title: 'r286062 (base): Indirect segment I/O',
      link: 'https://x.org/c/',
      description: 'It lets blkfront send indirect requests, see the notes.',
      categories: ['blkfront', 'dom0'],
    });
  });

  it('gives a publication date only when the record has one', () => {
    const date = new Date('2015-07-30T00:00:00Z');
    expect(feedItem(change('base', 1), 'https://x.org/', body)).not.toHaveProperty('pubDate');
    expect(feedItem(change('base', 1, { date }), 'https://x.org/', body).pubDate).toEqual(date);
  });

  it('falls back to the title when the body has no prose', () => {
    expect(feedItem(change('base', 1), 'https://x.org/', '').description).toBe('Indirect segment I/O.');
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeResults,
  normalizeQuery,
  toPagefindFilters,
  toResultView,
} from '../../../src/lib/search/results.ts';

describe('search results', () => {
  it('places a result under the base path and shows its kind, reference and title', () => {
    expect(
      toResultView(
        {
          url: '/changes/base/r1/',
          excerpt: 'a <mark>b</mark>',
          meta: { title: 'T', kind: 'Change', revision: 'r1' },
        },
        '/freebsd-xen/',
      ),
    ).toEqual({
      href: '/freebsd-xen/changes/base/r1/',
      title: 'T',
      kind: 'Change',
      revision: 'r1',
      excerptHtml: 'a <mark>b</mark>',
    });
  });

  it('falls back to the path and "Page" where metadata is missing', () => {
    expect(toResultView({ url: 'glossary/', excerpt: '', meta: {} }, '/')).toMatchObject({
      href: '/glossary/',
      title: '/glossary/',
      kind: 'Page',
    });
  });

  it('drops empty filter choices', () => {
    expect(toPagefindFilters({ kind: 'Topic', topic: '', release: '' })).toEqual({ kind: 'Topic' });
  });

  it.each([
    ['  multi   queue ', 'multi queue'],
    ['   ', null],
  ])('reads the query %j as %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  it.each([
    [1, 'xen', false, '1 result for “xen”'],
    [3, 'xen', true, '3 results for “xen” with the chosen filters'],
    [2, null, true, '2 results with the chosen filters'],
    [0, null, false, ''],
  ])('describes %i results for %j (filtered: %s) as "%s"', (count, query, filtered, expected) => {
    expect(describeResults(count, query, filtered)).toBe(expected);
  });
});

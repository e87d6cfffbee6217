import { describe, expect, it } from 'vitest';
import {
  byFirstRelease,
  compareReleases,
  releaseAnnouncementUrl,
  releaseNotesUrl,
  releaseSeries,
} from '../../src/lib/releases.ts';

describe('compareReleases', () => {
  it('orders versions as numbers, not text', () => {
    expect(['11.0', '9.3', '10.3', '10.10', '8.0', '15.0'].sort(compareReleases)).toEqual([
      '8.0',
      '9.3',
      '10.3',
      '10.10',
      '11.0',
      '15.0',
    ]);
  });

  it('treats equal versions as equal', () => {
    expect(compareReleases('11.0', '11.0')).toBe(0);
  });
});

describe('release URLs', () => {
  it('links the release notes and announcement on freebsd.org', () => {
    expect(releaseNotesUrl('11.0')).toBe('https://www.freebsd.org/releases/11.0R/relnotes/');
    expect(releaseAnnouncementUrl('14.4')).toBe('https://www.freebsd.org/releases/14.4R/announce/');
  });

  it('puts a release in its series', () => {
    expect(releaseSeries('12.4')).toBe(12);
  });
});

describe('byFirstRelease', () => {
  it('groups items by first release, oldest first, unknown last, keeping their order', () => {
    const items = [
      { id: 'a', firstRelease: '11.0' },
      { id: 'b' },
      { id: 'c', firstRelease: '10.3' },
      { id: 'd', firstRelease: '11.0' },
      { id: 'e', firstRelease: '9.3' },
      { id: 'f', firstRelease: undefined },
    ];
    expect(
      byFirstRelease(items).map(({ release, items: grouped }) => [release, grouped.map((item) => item.id)]),
    ).toEqual([
      ['9.3', ['e']],
      ['10.3', ['c']],
      ['11.0', ['a', 'd']],
      [undefined, ['b', 'f']],
    ]);
  });

  it('gives no group for no items', () => {
    expect(byFirstRelease([])).toEqual([]);
  });
});

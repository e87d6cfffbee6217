import { describe, expect, it } from 'vitest';
import { newestFirst, oldestFirst, type Ordered } from '../../src/lib/order.ts';
import { advisoryRef, parseAdvisory } from '../../src/lib/references/advisory.ts';
import { gitRef, parseCommit } from '../../src/lib/references/git.ts';
import { refText } from '../../src/lib/references/record-ref.ts';
import { svnRef, toRevisionNumber } from '../../src/lib/references/svn.ts';

const r = (repository: 'base' | 'ports', n: number, date?: string): Ordered => ({
  ref: svnRef(repository, toRevisionNumber(n)),
  date,
});
const g = (hash: string, date?: string): Ordered => ({ ref: gitRef('src', parseCommit(hash)), date });
const a = (id: string, date: string): Ordered => ({ ref: advisoryRef(parseAdvisory(id)), date });

const texts = (items: Ordered[]): string[] => items.map((item) => refText(item.ref));

describe('oldestFirst', () => {
  it('orders Subversion revisions by number, then by repository', () => {
    expect(
      texts([r('ports', 398918), r('base', 286062), r('base', 5), r('ports', 5)].sort(oldestFirst)),
    ).toEqual(['r5', 'r5', 'r286062', 'r398918']);
    expect(
      [r('ports', 5), r('base', 5)]
        .sort(oldestFirst)
        .map((item) => item.ref.kind === 'svn' && item.ref.repository),
    ).toEqual(['base', 'ports']);
  });

  it('puts git commits and advisories after every revision, by date', () => {
    const items = [
      g('65f22ccf8247', '2022-03-01'),
      a('FreeBSD-SA-21:06.xen', '2021-02-24'),
      r('base', 336474),
      a('FreeBSD-EN-17:05.xen', '2017-04-12'),
    ];
    expect(texts(items.sort(oldestFirst))).toEqual([
      'r336474',
      'FreeBSD-EN-17:05.xen',
      'FreeBSD-SA-21:06.xen',
      '65f22ccf8247',
    ]);
  });

  it('puts an undated commit first among the dated ones, in a stable order', () => {
    expect(texts([g('bbbbbbbbbbbb', '2021-01-01'), g('aaaaaaaaaaaa')].sort(oldestFirst))).toEqual([
      'aaaaaaaaaaaa',
      'bbbbbbbbbbbb',
    ]);
  });

  it('breaks a tie of dates by hash for commits and by id for advisories', () => {
    expect(
      texts([g('bbbbbbbbbbb1', '2021-01-01'), g('aaaaaaaaaaa1', '2021-01-01')].sort(oldestFirst)),
    ).toEqual(['aaaaaaaaaaa1', 'bbbbbbbbbbb1']);
    expect(
      texts(
        [a('FreeBSD-SA-21:06.xen', '2021-02-24'), a('FreeBSD-SA-21:02.xenoom', '2021-02-24')].sort(
          oldestFirst,
        ),
      ),
    ).toEqual(['FreeBSD-SA-21:02.xenoom', 'FreeBSD-SA-21:06.xen']);
  });
});

describe('newestFirst', () => {
  it('is the reverse of oldestFirst', () => {
    const items = [r('base', 1), g('65f22ccf8247', '2022-03-01'), r('base', 2)];
    expect(texts([...items].sort(newestFirst))).toEqual(texts([...items].sort(oldestFirst)).reverse());
  });
});

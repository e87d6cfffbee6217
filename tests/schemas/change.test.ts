import { describe, expect, it } from 'vitest';
import { changeSchema } from '../../src/schemas/change.ts';

const commit = {
  hash: 'a'.repeat(40),
  revision: 287802,
  branch: 'stable/10',
  subject: 'MFC r286062: Add support for Xen blkif indirect segment I/Os',
  author: { name: 'Colin Percival', handle: 'cperciva', time: '2015-09-14T19:35:34Z' },
  committer: { name: 'Colin Percival', handle: 'cperciva', time: '2015-09-14T19:35:34Z' },
  trailers: {
    reviewedBy: [{ handle: 'royger' }, { name: 'Someone Without An Account' }],
    differentialRevision: ['D3805'],
    sponsoredBy: ['Citrix Systems R&D'],
  },
  files: ['sys/dev/xen/blkfront/blkfront.c'],
  topics: ['blkfront'],
  mergeOf: ['r286062'],
  release: '10.3',
  firstRelease: '10.3',
};

describe('a change record with a commit block', () => {
  it('shows the commit’s facts where the maintainer wrote none, the subject as its title', () => {
    const data = changeSchema.parse({ verified: false, commit });
    expect(data).toMatchObject({
      title: commit.subject,
      titleIsSubject: true,
      subject: commit.subject,
      date: '2015-09-14',
      topics: ['blkfront'],
      sources: [],
      mergeOf: { kind: 'svn', revision: 286062 },
      branch: 'stable/10',
      review: 'D3805',
      sponsor: 'Citrix Systems R&D',
      firstRelease: '10.3',
      people: { author: ['cperciva'], committer: ['cperciva'], reviewers: ['royger'] },
    });
  });

  it('keeps every field the maintainer wrote over the commit’s, and adds the commit’s topics to theirs', () => {
    const data = changeSchema.parse({
      title: 'Indirect segment I/O for blkfront in stable/10',
      date: '2015-09-15',
      firstRelease: '11.0',
      topics: ['dom0'],
      people: { author: ['royger'] },
      sources: ['relnotes-10.3'],
      verified: true,
      commit,
    });
    expect(data).toMatchObject({
      title: 'Indirect segment I/O for blkfront in stable/10',
      titleIsSubject: false,
      date: '2015-09-15',
      firstRelease: '11.0',
      topics: ['dom0', 'blkfront'],
      people: { author: ['royger'], committer: ['cperciva'], reviewers: ['royger'] },
      sources: ['relnotes-10.3'],
    });
  });

  it('gives a commit on head that merges nothing no branch', () => {
    const data = changeSchema.parse({
      verified: false,
      commit: { ...commit, branch: 'head', mergeOf: undefined },
    });
    expect(data).not.toHaveProperty('branch');
    expect(data).not.toHaveProperty('mergeOf');
  });

  it('refuses a commit block with a short hash or a local time', () => {
    expect(changeSchema.safeParse({ verified: false, commit: { ...commit, hash: 'abc' } }).success).toBe(
      false,
    );
    const local = { ...commit.author, time: '2015-09-14T21:35:34+02:00' };
    expect(changeSchema.safeParse({ verified: false, commit: { ...commit, author: local } }).success).toBe(
      false,
    );
  });
});

describe('a hand-written change record', () => {
  it.each([
    ['title', { topics: ['blkfront'], sources: ['talk'] }],
    ['topics', { title: 'Indirect segments', sources: ['talk'] }],
    ['sources', { title: 'Indirect segments', topics: ['blkfront'] }],
  ])('needs a %s when no commit block gives the facts', (field, fields) => {
    const result = changeSchema.safeParse({ verified: true, ...fields });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });

  it('reads as written, with its title its own', () => {
    const data = changeSchema.parse({
      title: 'Indirect segments',
      topics: ['blkfront'],
      sources: ['talk'],
      verified: true,
    });
    expect(data).toMatchObject({ title: 'Indirect segments', titleIsSubject: false, inTalk: false });
    expect(data).not.toHaveProperty('date');
  });
});

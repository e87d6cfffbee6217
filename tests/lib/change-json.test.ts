import { describe, expect, it } from 'vitest';
import {
  commitCgitUrl,
  type AdvisoryFields,
  changesJson,
  toAdvisoryJson,
  toChangeJson,
  type ChangeFields,
  type JsonContext,
} from '../../src/lib/change-json.ts';
import { advisoryRef, parseAdvisory } from '../../src/lib/references/advisory.ts';
import { parseCommitText } from '../../src/lib/references/commit-text.ts';
import { gitRef, parseCommit } from '../../src/lib/references/git.ts';
import { refText } from '../../src/lib/references/record-ref.ts';
import { parseReview } from '../../src/lib/references/review.ts';
import { svnRef, toRevisionNumber } from '../../src/lib/references/svn.ts';

const context: JsonContext = {
  pageUrl: (ref) => `https://x.org/${refText(ref)}/`,
  source: (id) => ({ id, title: `Title of ${id}`, url: `https://x.org/${id}` }),
  personName: (id) => (id === 'cperciva' ? 'Colin Percival' : id),
};

const advisory: AdvisoryFields = {
  ref: advisoryRef(parseAdvisory('FreeBSD-EN-17:05.xen')),
  topic: 'Xen migration enhancements',
  announced: '2017-04-12',
  releaseNotesDate: '2017-02-23',
  cve: [],
  xsa: [],
  releases: ['10.3', '11.0'],
  corrections: [{ branch: 'stable/10', commit: { text: 'r316170' } }],
  topics: ['migration'],
  sources: ['FreeBSD-EN-17:05.xen'],
};

const svn: ChangeFields = {
  ref: svnRef('base', toRevisionNumber(286062)),
  title: 'Indirect segment I/O',
  subject: 'Add support for Xen blkif indirect segment I/Os',
  date: '2015-07-30',
  firstRelease: '10.3',
  topics: ['blkfront'],
  review: parseReview('D3805'),
  people: { author: ['cperciva'], reviewers: ['royger'] },
  sources: ['talk'],
  verified: true,
  inTalk: true,
};

const git: ChangeFields = {
  ref: gitRef('src', parseCommit('65f22ccf8247')),
  title: 'UEFI by default',
  topics: ['ec2'],
  mergeOf: parseCommitText('abcdef1234567'),
  branch: 'stable/13',
  sources: ['relnotes-13.1'],
  verified: true,
  inTalk: false,
};

describe('toChangeJson', () => {
  it("keeps the first version's fields and meanings for a Subversion revision", () => {
    const json = toChangeJson(svn, context);
    expect(json).toMatchObject({
      repository: 'base',
      revision: 286062,
      revisionText: 'r286062',
      authors: ['Colin Percival'],
      date: '2015-07-30',
      review: 'D3805',
      urls: {
        page: 'https://x.org/r286062/',
        svnweb: 'https://svnweb.freebsd.org/changeset/base/286062',
        review: 'https://reviews.freebsd.org/rS286062',
        differential: 'https://reviews.freebsd.org/D3805',
        cgit: null,
      },
      kind: 'svn',
      hash: null,
      people: { author: ['cperciva'], committer: [], submitter: [], reviewers: ['royger'] },
    });
  });

  it('describes a git commit with null where a Subversion field has no meaning', () => {
    expect(toChangeJson(git, context)).toMatchObject({
      repository: 'src',
      revision: null,
      revisionText: '65f22ccf8247',
      authors: null,
      urls: { svnweb: null, review: null, cgit: 'https://cgit.freebsd.org/src/commit/?id=65f22ccf8247' },
      kind: 'git',
      hash: '65f22ccf8247',
      mergeOf: 'abcdef1234567',
      branch: 'stable/13',
    });
  });

  it('always has every key, in the documented order', () => {
    expect(Object.keys(toChangeJson(git, context))).toEqual([
      'repository',
      'revision',
      'revisionText',
      'title',
      'subject',
      'authors',
      'date',
      'firstRelease',
      'topics',
      'review',
      'sources',
      'verified',
      'inTalk',
      'urls',
      'kind',
      'hash',
      'people',
      'sponsor',
      'mergeOf',
      'branch',
      'commit',
    ]);
  });
});

describe('a record the import has read', () => {
  const commit = {
    hash: 'fc39220abeb5d12294525b3ff5d3ebfbf0e8e028',
    branch: 'head',
    subject: 'Add support',
    author: { name: 'A', handle: 'cperciva', time: '2015-07-30T03:50:01Z' },
    committer: { name: 'A', time: '2015-07-30T03:50:01Z' },
    files: ['sys/xen/a.c'],
    mergeOf: [{ text: 'r1' }],
  };

  it('gives a Subversion revision its git hash and cgit page, and the commit block', () => {
    expect(toChangeJson({ ...svn, commit }, context)).toMatchObject({
      hash: commit.hash,
      urls: { cgit: `https://cgit.freebsd.org/src/commit/?id=${commit.hash}` },
      commit: {
        hash: commit.hash,
        author: { handle: 'cperciva' },
        committer: { name: 'A', handle: null },
        mergeOf: ['r1'],
      },
    });
  });

  it('links a git record by its full hash once imported', () => {
    expect(commitCgitUrl(git.ref, commit.hash)).toBe(
      `https://cgit.freebsd.org/src/commit/?id=${commit.hash}`,
    );
    expect(commitCgitUrl(svn.ref, undefined)).toBeNull();
  });
});

describe('toAdvisoryJson', () => {
  it('gives both dates and topics where the release documents differ, and the advisory text URL', () => {
    const json = toAdvisoryJson(advisory, context);
    expect(json).toMatchObject({
      id: 'FreeBSD-EN-17:05.xen',
      type: 'EN',
      announced: '2017-04-12',
      releaseNotesDate: '2017-02-23',
      releaseNotesTopic: null,
      corrections: [{ branch: 'stable/10', commit: 'r316170' }],
      urls: { advisory: 'https://security.freebsd.org/advisories/FreeBSD-EN-17:05.xen.asc' },
    });
  });
});

describe('changesJson', () => {
  it('is an object with changes grouped by repository and advisories, ending in a newline', () => {
    const text = changesJson([git, svn], [advisory], context);
    expect(text.endsWith('}\n')).toBe(true);
    const document = JSON.parse(text) as { changes: { repository: string }[]; advisories: { id: string }[] };
    expect(document.changes.map((change) => change.repository)).toEqual(['base', 'src']);
    expect(document.advisories.map((entry) => entry.id)).toEqual(['FreeBSD-EN-17:05.xen']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseLog, subjectOf, utcTime, LOG_FORMAT } from '../../../src/lib/import/log.ts';
import { mergedCommits } from '../../../src/lib/import/merges.ts';
import { freebsdHandle, parsePeople } from '../../../src/lib/import/people.ts';
import { parseSvnNote, svnBranch } from '../../../src/lib/import/svn-note.ts';
import { bugUrl, parseTrailers } from '../../../src/lib/import/trailers.ts';

describe('parseSvnNote', () => {
  it.each([
    ['svn path=/head/; revision=286062', '/head/', 286062, 'head'],
    ['svn path=/stable/10/; revision=287802', '/stable/10/', 287802, 'stable/10'],
    ['svn path=/releng/10.3/; revision=297000', '/releng/10.3/', 297000, 'releng/10.3'],
    ['svn path=/projects/pvh/; revision=1234', '/projects/pvh/', 1234, 'projects/pvh'],
    ['svn path=/branches/2016Q1/; revision=398920', '/branches/2016Q1/', 398920, '2016Q1'],
    ['svn path=/vendor-sys/xen/dist/; revision=5', '/vendor-sys/xen/dist/', 5, 'vendor-sys/xen'],
    ['some other note\nsvn path=/head/; revision=7\n', '/head/', 7, 'head'],
  ])('reads %j as path %s, revision %i, branch %s', (note, path, revision, branch) => {
    expect(parseSvnNote(note)).toEqual({ path, revision, branch });
  });

  it.each(['', 'svn path=/head/', 'revision=12', 'svn path=/head/; revision=0'])(
    'finds no revision in %j',
    (note) => {
      expect(parseSvnNote(note)).toBeUndefined();
    },
  );

  it('gives no branch for a path outside the branch folders', () => {
    expect(svnBranch('/')).toBeUndefined();
    expect(svnBranch('/stable/')).toBeUndefined();
  });
});

describe('freebsdHandle and parsePeople', () => {
  it.each([
    ['royger@FreeBSD.org', 'royger'],
    ['CPERCIVA@freebsd.org', 'cperciva'],
    ['roger.pau@citrix.com', undefined],
    ['royger@FreeBSD.org.example.com', undefined],
  ])('%s has the handle %s', (email, handle) => {
    expect(freebsdHandle(email)).toBe(handle);
  });

  it.each([
    ['royger', [{ handle: 'royger' }]],
    ['royger, kib (mentor)', [{ handle: 'royger' }, { handle: 'kib' }]],
    ['kib and markj; jhb', [{ handle: 'kib' }, { handle: 'markj' }, { handle: 'jhb' }]],
    ['Roger Pau Monné <royger@FreeBSD.org>', [{ handle: 'royger', name: 'Roger Pau Monné' }]],
    ['Julien Grall <julien.grall@citrix.com>', [{ name: 'Julien Grall' }]],
    ['Citrix Systems R&D', [{ name: 'Citrix Systems R&D' }]],
    ['royger@FreeBSD.org', [{ handle: 'royger' }]],
  ])('reads %j as %j', (value, people) => {
    expect(parsePeople(value)).toEqual(people);
  });
});

describe('parseTrailers', () => {
  const message = [
    'Add support for Xen blkif indirect segment I/Os',
    '',
    'Body text. PR: not a trailer in the middle of a line.',
    '',
    'PR:\t\tkern/198765, 201234',
    'Submitted by:\tJane Døe <jane@example.org>',
    'Reported by:\tkp',
    'Reviewed by:\troyger, kib (earlier version)',
    'Tested by:\tcperciva',
    'Approved by:\tre (gjb)',
    'Discussed with:\tjhb',
    'Obtained from:\tOpenBSD',
    'MFC after:\t2 weeks',
    'MFC with:\tr286062',
    'MFH:\t2016Q1',
    'Relnotes:\tyes',
    'Security:\tFreeBSD-SA-21:06.xen, CVE-2020-29568',
    '\t\tXSA-349',
    'Sponsored by:\tCitrix Systems R&D',
    'Differential Revision:\thttps://reviews.freebsd.org/D3805',
    'Pull Request:\thttps://github.com/freebsd/freebsd-src/pull/42',
  ].join('\n');

  it('reads every trailer of the Committer’s Guide into its typed field', () => {
    expect(parseTrailers(message)).toEqual({
      pr: [198765, 201234],
      submittedBy: [{ name: 'Jane Døe' }],
      reportedBy: [{ handle: 'kp' }],
      reviewedBy: [{ handle: 'royger' }, { handle: 'kib' }],
      testedBy: [{ handle: 'cperciva' }],
      approvedBy: [{ handle: 're' }],
      discussedWith: [{ handle: 'jhb' }],
      obtainedFrom: ['OpenBSD'],
      mfcAfter: '2 weeks',
      mfcWith: ['r286062'],
      mfh: '2016Q1',
      relnotes: 'yes',
      security: ['FreeBSD-SA-21:06.xen', 'CVE-2020-29568', 'XSA-349'],
      sponsoredBy: ['Citrix Systems R&D'],
      differentialRevision: ['D3805'],
      pullRequest: ['https://github.com/freebsd/freebsd-src/pull/42'],
    });
  });

  it('reads keys in any case, and a second Reviewed by line adds to the first', () => {
    expect(
      parseTrailers('x\n\nreviewed BY: kib\nReviewed by: markj, kib\nDifferential revision: D1 D22'),
    ).toEqual({
      reviewedBy: [{ handle: 'kib' }, { handle: 'markj' }],
      differentialRevision: ['D1', 'D22'],
    });
  });

  it('finds nothing in a message without trailers', () => {
    expect(parseTrailers('Fix a typo\n\nNo trailers here: just words.')).toEqual({});
  });

  it('links a problem report to Bugzilla', () => {
    expect(bugUrl(198765)).toBe('https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=198765');
  });
});

describe('mergedCommits', () => {
  const hash = 'a'.repeat(40);
  const other = '0123456789abcdef0123456789abcdef01234567';
  it.each([
    ['MFC r286062:\n\nAdd support for indirect segments', [], [286062]],
    ['MFC r286062, r286063 and r286070: blkfront fixes', [], [286062, 286063, 286070]],
    ['MFC r1-r5: a range names its ends', [], [1, 5]],
    ['Merge r282274 from head', [], [282274]],
    ['MFH: r398918\n\nxen: update to 4.5.1', [], [398918]],
    ['MF10 r300000: merged from stable/10', [], [300000]],
    ['Fix blkfront\n\nMFC after: 2 weeks\nMFC with: r286062', [], []],
    ['MFC: this merge names no revision', [], []],
    ['Mention of r123 in prose is not a merge', [], []],
    [`xen: fix\n\n(cherry picked from commit ${hash})`, [hash], []],
    [`two\n\n(cherry picked from commit ${hash})\n(cherry picked from commit ${other})`, [hash, other], []],
  ])('reads %j as hashes %j and revisions %j', (message, hashes, revisions) => {
    expect(mergedCommits(message)).toEqual({ hashes, revisions });
  });
});

describe('parseLog', () => {
  it('asks git for records separated by 0x1e and fields by NUL', () => {
    expect(LOG_FORMAT).toBe(
      '--format=%x1e%H%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B%x00%N%x00',
    );
  });

  it('reads commits, their notes and their NUL-separated files', () => {
    const record = (hash: string, parents: string, note: string, files: string[]) =>
      `\u001e${[hash, parents, 'Roger Pau Monné', 'royger@FreeBSD.org', '2015-07-30T05:50:59+02:00', 'C', 'c@x', '2015-07-30T03:50:59+00:00', 'subject\n\nbody\n', note].join('\u0000')}\u0000\n${files.join('\u0000')}\u0000`;
    const output =
      record('h1', 'p1 p2', 'svn path=/head/; revision=1\n', ['sys/xen/a.c', 'b c.c']) +
      record('h2', '', '', []);
    const [first, second] = parseLog(output);
    expect(first).toMatchObject({
      hash: 'h1',
      parents: ['p1', 'p2'],
      authorName: 'Roger Pau Monné',
      message: 'subject\n\nbody',
      note: 'svn path=/head/; revision=1',
      files: ['sys/xen/a.c', 'b c.c'],
    });
    expect(second).toMatchObject({ hash: 'h2', parents: [], files: [], note: '' });
  });

  it.each([
    ['2015-07-30T05:50:59+02:00', '2015-07-30T03:50:59Z'],
    ['2015-12-31T23:30:00-01:00', '2016-01-01T00:30:00Z'],
  ])('turns %s into UTC: %s', (iso, utc) => {
    expect(utcTime(iso)).toBe(utc);
  });

  it('refuses an unreadable date', () => {
    expect(() => utcTime('yesterday')).toThrow(/unreadable date/);
  });

  it('takes the first line as the subject', () => {
    expect(subjectOf('  xen: fix  \nbody')).toBe('xen: fix');
  });
});

import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureRepo } from '../../scripts/lib/git-fixture.ts';
import { runImport, type ImportReport } from '../../scripts/import/run.ts';
import { readContentFiles } from '../../src/loaders/content-files.ts';
import { isContentError, formatProblem } from '../../src/lib/content-error.ts';
import { validateContent } from '../../src/schemas/validate.ts';
import { projectWithContent, snapshot } from './helpers.ts';

const royger = (date: string) => ({ name: 'Roger Pau Monné', email: 'royger@FreeBSD.org', date });
const kp = (date: string) => ({ name: 'Kristof Provost', email: 'kp@FreeBSD.org', date });
const outsider = (date: string) => ({ name: 'Jürgen Groß', email: 'jgross@example.org', date });

function commitBlockOf(root: string, id: string): Record<string, unknown> {
  const text = readFileSync(join(root, 'content/changes', `${id}.md`), 'utf8');
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  return (parse(yaml) as { commit: Record<string, unknown> }).commit;
}

/**
 * A repository shaped like FreeBSD src, with made-up commits (revisions in
 * the 9xxxxxx range no real record uses), and every case the import reads.
 */
function buildFixture(): { repo: FixtureRepo; hashes: Record<string, string> } {
  const repo = new FixtureRepo();
  const hashes: Record<string, string> = {};
  hashes.base = repo.commit({
    files: { 'sys/kern/kern_fork.c': 'fork\n', 'sys/xen/gnttab.c': 'v1\n' },
    message: 'Initial import',
    author: royger('2014-01-01T10:00:00+01:00'),
    note: 'svn path=/head/; revision=9000001',
  });
  // stable/10 and stable/11 branch here; merges reach them later.
  repo.branch('stable/10');
  repo.branch('stable/11');
  hashes.trailers = repo.commit({
    files: { 'sys/dev/xen/blkfront/blkfront.c': 'indirect\n', 'sys/kern/kern_exit.c': 'exit\n' },
    message: [
      'xen-blkfront: every trailer',
      '',
      'A body that the import must not copy into the repository.',
      '',
      'PR:\t\t198765',
      'Submitted by:\tJürgen Groß <jgross@example.org>',
      'Reported by:\tkp',
      'Reviewed by:\tkp, Zoë Example <zoe@example.org>',
      'Tested by:\tkp',
      'Approved by:\tre (gjb)',
      'Discussed with:\tkp',
      'Obtained from:\tOpenBSD',
      'MFC after:\t2 weeks',
      'MFC with:\tr9000001',
      'Relnotes:\tyes',
      'Security:\tFreeBSD-SA-21:06.xen',
      'Sponsored by:\tCitrix Systems R&D',
      'Differential Revision:\thttps://reviews.freebsd.org/D3805',
      'Pull Request:\thttps://github.com/freebsd/freebsd-src/pull/42',
    ].join('\n'),
    author: royger('2015-07-30T05:50:01+02:00'),
    note: 'svn path=/head/; revision=9000002',
  });
  hashes.rename = repo.rename(
    'sys/xen/gnttab.c',
    'sys/xen/grant_table.c',
    'xen: rename gnttab.c',
    royger('2015-08-01T00:00:00Z'),
    'svn path=/head/; revision=9000003',
  );
  hashes.nonXen = repo.commit({
    files: { 'sys/kern/kern_fork.c': 'fork 2\n' },
    message: 'kern: not Xen',
    author: kp('2015-08-02T00:00:00Z'),
    note: 'svn path=/head/; revision=9000004',
  });
  hashes.revert = repo.revert(hashes.rename, royger('2015-08-03T00:00:00Z'));
  repo.note(hashes.revert, 'svn path=/head/; revision=9000005');
  hashes.netfront = repo.commit({
    files: { 'sys/dev/xen/netfront/netfront.c': 'tso\n' },
    message: 'netfront: TSO',
    author: royger('2015-09-01T00:00:00Z'),
    note: 'svn path=/head/; revision=9000006',
  });
  // A side branch merged with a merge commit that brings a Xen file in.
  repo.branch('topic');
  repo.checkout('topic');
  hashes.side = repo.commit({
    files: { 'sys/x86/xen/pv.c': 'pvh\n' },
    message: 'x86/xen: PVH entry',
    author: outsider('2015-09-02T00:00:00Z'),
    committer: royger('2015-09-03T00:00:00Z'),
  });
  repo.checkout('main');
  hashes.merge = repo.merge('topic', 'Merge PVH work', royger('2015-09-04T00:00:00Z'));
  repo.tag('release/11.0.0');
  hashes.gitEra = repo.commit({
    files: { 'sys/dev/xen/blkback/blkback.c': 'fix\n' },
    message: 'xen/blkback: fix a leak\n\nReviewed by:\tkp\nSponsored by:\tCitrix Systems R&D',
    author: outsider('2021-02-01T12:00:00+01:00'),
    committer: royger('2021-02-02T00:00:00Z'),
  });
  // Two MFCs of the same commit, to stable/10 (svn era) and stable/11 (git era, cherry-pick -x).
  repo.checkout('stable/10');
  hashes.mfc10 = repo.commit({
    files: { 'sys/dev/xen/blkfront/blkfront.c': 'indirect\n' },
    message: 'MFC r9000002:\n\nxen-blkfront: every trailer',
    author: royger('2015-09-10T00:00:00Z'),
    note: 'svn path=/stable/10/; revision=9000010',
  });
  repo.branch('releng/10.3');
  repo.checkout('releng/10.3');
  repo.tag('release/10.3.0');
  repo.checkout('stable/11');
  hashes.mfc11 = repo.cherryPick(hashes.trailers, kp('2021-03-01T00:00:00Z'));
  hashes.mfcGit = repo.cherryPick(hashes.gitEra, kp('2021-03-02T00:00:00Z'));
  repo.checkout('main');
  return { repo, hashes };
}

describe('npm run import on a fixture repository', () => {
  let repo: FixtureRepo;
  let hashes: Record<string, string>;
  let root: string;
  let report: ImportReport;
  beforeAll(() => {
    ({ repo, hashes } = buildFixture());
    root = projectWithContent();
    report = runImport({ root, clones: { src: repo.dir } });
  });
  afterAll(() => {
    repo.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('records every commit that touched a Xen path, named by its svn revision or its hash', () => {
    expect(report.created).toEqual(
      [
        'base/r9000001',
        'base/r9000002',
        'base/r9000003',
        'base/r9000005',
        'base/r9000006',
        'base/r9000010',
        `src/${hashes.side?.slice(0, 12) ?? ''}`,
        `src/${hashes.merge?.slice(0, 12) ?? ''}`,
        `src/${hashes.gitEra?.slice(0, 12) ?? ''}`,
        `src/${hashes.mfc11?.slice(0, 12) ?? ''}`,
        `src/${hashes.mfcGit?.slice(0, 12) ?? ''}`,
      ].sort(),
    );
    expect(existsSync(join(root, 'content/changes/base/r9000004.md'))).toBe(false);
  });

  it('keeps the full hash, the branch from the note, both people with handles and UTC times, and only the Xen files', () => {
    expect(commitBlockOf(root, 'base/r9000002')).toMatchObject({
      hash: hashes.trailers,
      revision: 9000002,
      branch: 'head',
      subject: 'xen-blkfront: every trailer',
      author: { name: 'Roger Pau Monné', handle: 'royger', time: '2015-07-30T03:50:01Z' },
      files: ['sys/dev/xen/blkfront/blkfront.c'],
      topics: ['blkfront'],
    });
  });

  it('types every trailer, with people by handle where they have one', () => {
    expect(commitBlockOf(root, 'base/r9000002').trailers).toEqual({
      pr: [198765],
      submittedBy: [{ name: 'Jürgen Groß' }],
      reportedBy: [{ handle: 'kp' }],
      reviewedBy: [{ handle: 'kp' }, { name: 'Zoë Example' }],
      testedBy: [{ handle: 'kp' }],
      approvedBy: [{ handle: 're' }],
      discussedWith: [{ handle: 'kp' }],
      obtainedFrom: ['OpenBSD'],
      mfcAfter: '2 weeks',
      mfcWith: ['r9000001'],
      relnotes: 'yes',
      security: ['FreeBSD-SA-21:06.xen'],
      sponsoredBy: ['Citrix Systems R&D'],
      differentialRevision: ['D3805'],
      pullRequest: ['https://github.com/freebsd/freebsd-src/pull/42'],
    });
  });

  it('copies no commit body into the repository', () => {
    const all = [...snapshot(join(root, 'content')).values()].join('\n');
    expect(all).not.toContain('must not copy');
  });

  it('lists both sides of a rename, and a revert as a commit of its own', () => {
    expect(commitBlockOf(root, 'base/r9000003').files).toEqual(['sys/xen/gnttab.c', 'sys/xen/grant_table.c']);
    expect(commitBlockOf(root, 'base/r9000005').subject).toMatch(/^Revert "xen: rename gnttab.c"/);
  });

  it('records a merge commit by the Xen files it brought in, and the side-branch commit itself', () => {
    expect(commitBlockOf(root, `src/${hashes.merge?.slice(0, 12) ?? ''}`).files).toEqual([
      'sys/x86/xen/pv.c',
    ]);
    expect(commitBlockOf(root, `src/${hashes.side?.slice(0, 12) ?? ''}`)).toMatchObject({
      author: { name: 'Jürgen Groß' },
      committer: { handle: 'royger' },
    });
  });

  it('reads an svn-era MFC and a cherry-pick -x as merges of one commit to two branches, the earliest release first', () => {
    expect(commitBlockOf(root, 'base/r9000010')).toMatchObject({
      branch: 'stable/10',
      mergeOf: ['r9000002'],
      release: '10.3',
    });
    expect(commitBlockOf(root, `src/${hashes.mfc11?.slice(0, 12) ?? ''}`)).toMatchObject({
      branch: 'stable/11',
      mergeOf: ['r9000002'],
    });
    expect(commitBlockOf(root, 'base/r9000002')).toMatchObject({ release: '11.0', firstRelease: '10.3' });
    const gitEra = hashes.gitEra?.slice(0, 12) ?? '';
    expect(commitBlockOf(root, `src/${hashes.mfcGit?.slice(0, 12) ?? ''}`)).toMatchObject({
      mergeOf: [gitEra],
    });
  });

  it('gives a commit without a note its hash as id and the branch it was found on', () => {
    expect(commitBlockOf(root, `src/${hashes.gitEra?.slice(0, 12) ?? ''}`)).toMatchObject({ branch: 'main' });
    expect(commitBlockOf(root, `src/${hashes.gitEra?.slice(0, 12) ?? ''}`)).not.toHaveProperty('revision');
  });

  it('writes a person record for each new handle with git’s name, and leaves hand-written ones alone', () => {
    expect(readFileSync(join(root, 'content/people/kp.md'), 'utf8')).toBe(
      readFileSync(join(import.meta.dirname, '../../content/people/kp.md'), 'utf8'),
    );
    expect(report.people).not.toContain('royger');
    expect(report.people).not.toContain('kp');
  });

  it('writes records the site accepts, checked like hand-written ones', () => {
    const result = validateContent(readContentFiles(root), { today: '2026-12-08' });
    expect(isContentError(result) ? result.problems.map(formatProblem) : []).toEqual([]);
  });

  it('changes no byte when run again with no new commits', () => {
    const before = snapshot(join(root, 'content'));
    const again = runImport({ root, clones: { src: repo.dir } });
    expect(again).toMatchObject({ created: [], updated: [], full: false, commitsRead: 0 });
    expect(snapshot(join(root, 'content'))).toEqual(before);
  });

  it('reads only the new commits next time, and keeps a maintainer’s edits', () => {
    const path = join(root, 'content/changes/base/r9000006.md');
    const edited = readFileSync(path, 'utf8').replace(
      'verified: false',
      'title: Netfront learns TSO\ntopics: [scalability]\nverified: true',
    );
    const prose = `${edited}\nThe maintainer's prose.\n`;
    writeFileSync(path, prose);
    repo.commit({
      files: { 'sys/dev/xen/netfront/netfront.c': 'tso 2\n' },
      message: 'netfront: more TSO',
      author: royger('2021-04-01T00:00:00Z'),
    });
    const next = runImport({ root, clones: { src: repo.dir } });
    expect(next).toMatchObject({ full: false, commitsRead: 1 });
    expect(next.created).toHaveLength(1);
    expect(readFileSync(path, 'utf8')).toBe(prose);
  });
});

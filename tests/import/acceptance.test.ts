/**
 * The import against a replica of the part of FreeBSD's history today's
 * curated records describe, built from public facts only
 * (/work/shared/reference: revisions.json, the 10.3 and 11.0 release notes):
 * r286062 on head, committed by cperciva on 2015-07-30 03:50:01 UTC,
 * reviewed by royger, touching three files; its stable/10 merge r287802;
 * 10.3 shipping that merge and 11.0 shipping r286062. What no source gives
 * (who committed r287802 and when) is a placeholder the test never asserts.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport, type ImportReport } from '../../scripts/import/run.ts';
import { FixtureRepo } from '../../scripts/lib/git-fixture.ts';
import { formatProblem, isContentError } from '../../src/lib/content-error.ts';
import { readContentFiles } from '../../src/loaders/content-files.ts';
import { validateContent } from '../../src/schemas/validate.ts';
import { projectWithContent } from './helpers.ts';

const CPERCIVA = { name: 'Colin Percival', email: 'cperciva@FreeBSD.org', date: '2015-07-30T03:50:01Z' };
/** Not known from any source we have: a placeholder, never asserted. */
const UNKNOWN = { name: 'Placeholder', email: 'placeholder@replica.invalid', date: '2015-07-30T03:50:02Z' };
const FILES = [
  'sys/dev/xen/blkfront/blkfront.c',
  'sys/dev/xen/blkfront/block.h',
  'sys/xen/interface/io/blkif.h',
];

function frontMatter(root: string, id: string): Record<string, unknown> {
  const text = readFileSync(join(root, 'content/changes', `${id}.md`), 'utf8');
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

describe('the import on a replica of the history behind the curated records', () => {
  let repo: FixtureRepo;
  let root: string;
  let report: ImportReport;
  beforeAll(() => {
    repo = new FixtureRepo();
    repo.commit({ files: { README: 'replica\n' }, message: 'Replica root', author: UNKNOWN });
    repo.branch('stable/10');
    repo.commit({
      files: Object.fromEntries(FILES.map((file) => [file, 'head\n'])),
      message: 'Add support for Xen blkif indirect segment I/Os\n\nReviewed by:\troyger',
      author: CPERCIVA,
      note: 'svn path=/head/; revision=286062',
    });
    repo.tag('release/11.0.0');
    repo.checkout('stable/10');
    repo.commit({
      files: Object.fromEntries(FILES.map((file) => [file, 'head\n'])),
      message: 'MFC r286062: Add support for Xen blkif indirect segment I/Os',
      author: UNKNOWN,
      note: 'svn path=/stable/10/; revision=287802',
    });
    repo.branch('releng/10.3');
    repo.tag('release/10.3.0', 'releng/10.3');
    repo.checkout('main');
    root = projectWithContent();
    report = runImport({ root, clones: { src: repo.dir } });
  });
  afterAll(() => {
    repo.remove();
    rmSync(root, { recursive: true, force: true });
  });

  it('adds a commit block to both curated records, creating no new one', () => {
    expect(report).toMatchObject({ created: [], updated: ['base/r286062', 'base/r287802'] });
  });

  it('agrees with the curated r286062: subject, date, people, files, first shipped in 10.3', () => {
    const record = frontMatter(root, 'base/r286062');
    expect(record.commit).toMatchObject({
      revision: 286062,
      branch: 'head',
      subject: record.subject,
      author: { name: 'Colin Percival', handle: 'cperciva', time: '2015-07-30T03:50:01Z' },
      trailers: { reviewedBy: [{ handle: 'royger' }] },
      files: FILES,
      release: '11.0',
      firstRelease: record.firstRelease,
    });
    expect(record.firstRelease).toBe('10.3');
  });

  it('agrees with the curated r287802: a merge of r286062 to stable/10, shipped in 10.3', () => {
    const record = frontMatter(root, 'base/r287802');
    expect(record.commit).toMatchObject({
      revision: 287802,
      branch: record.branch,
      mergeOf: [record.mergeOf],
      release: record.firstRelease,
      firstRelease: record.firstRelease,
    });
  });

  it('finds nothing to dispute in the curated fields it can compare', () => {
    expect(report.disagreements).toEqual([]);
  });

  it('leaves the curated prose and maintainer fields as they were', () => {
    const before = readFileSync(join(import.meta.dirname, '../../content/changes/base/r286062.md'), 'utf8');
    const after = readFileSync(join(root, 'content/changes/base/r286062.md'), 'utf8');
    expect(after.replace(/\ncommit:\n(?: .*\n)*/, '\n')).toBe(before);
  });

  it('leaves content that the site accepts', () => {
    const result = validateContent(readContentFiles(root), { today: '2026-12-08' });
    expect(isContentError(result) ? result.problems.map(formatProblem) : []).toEqual([]);
  });
});

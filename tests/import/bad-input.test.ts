import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../scripts/import/errors.ts';
import { runImport } from '../../scripts/import/run.ts';
import { FixtureRepo } from '../../scripts/lib/git-fixture.ts';
import { projectWithContent, snapshot } from './helpers.ts';

const royger = { name: 'Roger Pau Monné', email: 'royger@FreeBSD.org', date: '2015-07-30T03:50:01Z' };
const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const clean of cleanup.splice(0)) clean();
});

function project(): string {
  const root = projectWithContent();
  cleanup.push(() => rmSync(root, { recursive: true, force: true }));
  return root;
}

function repoWith(note: string | undefined): FixtureRepo {
  const repo = new FixtureRepo();
  cleanup.push(() => repo.remove());
  repo.commit({
    files: { 'sys/xen/gnttab.c': 'x\n' },
    message: 'xen: grant tables',
    author: royger,
    ...(note === undefined ? {} : { note }),
  });
  return repo;
}

/** Runs the import and returns its error, checking that content/ did not change by a byte. */
function failure(root: string, src: string): ImportError {
  const before = snapshot(join(root, 'content'));
  let caught: unknown;
  try {
    runImport({ root, clones: { src } });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ImportError);
  expect(snapshot(join(root, 'content'))).toEqual(before);
  return caught as ImportError;
}

describe('the import refuses bad input, naming the fix, and writes nothing', () => {
  it('refuses a folder that is not a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-git-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const error = failure(project(), dir);
    expect(error.message).toMatch(/is not a git repository/);
    expect(error.fix).toMatch(/git clone --filter=blob:none/);
  });

  it('refuses a shallow clone', () => {
    const repo = repoWith('svn path=/head/; revision=9000001');
    repo.commit({ files: { 'sys/xen/b.c': 'y\n' }, message: 'second', author: royger });
    const shallow = mkdtempSync(join(tmpdir(), 'shallow-'));
    cleanup.push(() => rmSync(shallow, { recursive: true, force: true }));
    repo.git(['clone', '-q', '--depth', '1', `file://${repo.dir}`, shallow]);
    const error = failure(project(), shallow);
    expect(error.message).toMatch(/shallow clone/);
    expect(error.fix).toMatch(/fetch --unshallow/);
  });

  it('refuses a clone whose notes were not fetched, and says how to fetch them', () => {
    const repo = repoWith('svn path=/head/; revision=9000001');
    const clone = mkdtempSync(join(tmpdir(), 'no-notes-'));
    cleanup.push(() => rmSync(clone, { recursive: true, force: true }));
    repo.git(['clone', '-q', repo.dir, clone]);
    const error = failure(project(), clone);
    expect(error.message).toMatch(/no git notes/);
    expect(error.fix).toBe("fetch them: git -C <clone> fetch origin 'refs/notes/*:refs/notes/*'");
  });

  it('refuses a path map that names an unknown topic', () => {
    const root = project();
    const file = join(root, 'content/data/xen-paths.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"topics": ["blkfront"]', '"topics": ["blkfrnt"]'),
    );
    const error = failure(root, repoWith('svn path=/head/; revision=9000001').dir);
    expect(error.message).toMatch(
      /sys\/dev\/xen\/blkfront\/\*\* \(.*\): unknown topic "blkfrnt"|unknown topic "blkfrnt"/,
    );
    expect(error.fix).toMatch(/blkfront/);
  });

  it('refuses an svn note that clashes with an existing record of another commit', () => {
    const root = project();
    const other = 'f'.repeat(40);
    const path = join(root, 'content/changes/base/r286062.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(
        /\n---\n/,
        `\ncommit:\n  hash: ${other}\n  branch: head\n  subject: s\n  author: { name: A, time: '2015-07-30T03:50:01Z' }\n  committer: { name: A, time: '2015-07-30T03:50:01Z' }\n  files: [sys/xen/a.c]\n  topics: [architecture]\n---\n`,
      ),
    );
    const error = failure(root, repoWith('svn path=/head/; revision=286062').dir);
    expect(error.message).toMatch(new RegExp(`r286062.md: its commit block has hash ${other}`));
  });

  it('refuses two commits whose notes name one revision', () => {
    const repo = repoWith('svn path=/head/; revision=9000001');
    repo.commit({
      files: { 'sys/xen/b.c': 'y\n' },
      message: 'second',
      author: royger,
      note: 'svn path=/head/; revision=9000001',
    });
    const error = failure(project(), repo.dir);
    expect(error.message).toMatch(/base\/r9000001: two commits carry this Subversion revision/);
  });
});

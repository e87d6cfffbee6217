import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-error.ts';
import { firstTrackedFile, realpathAsFarAsExists } from '../../src/loaders/git.ts';
import { outDirProblems, type OutDirFacts } from '../../src/schemas/out-dir.ts';

/** A project at /home/me/site, whose docs/ holds a tracked file and whose link/ points at its content/. */
const facts: OutDirFacts = {
  root: '/home/me/site',
  home: '/home/me',
  realpath: (path) => path.replace(/^\/home\/me\/site\/link(?=\/|$)/, '/home/me/site/content'),
  trackedFile: (folder) =>
    posix.relative('/home/me/site', folder).split('/')[0] === 'docs' ? 'docs/guide.md' : undefined,
};

describe('outDirProblems', () => {
  it.each(['./dist', 'dist', 'test-output/root', '/tmp/build', '../site-build', './content-build'])(
    'builds into %s, which holds nothing of the user',
    (outDir) => {
      expect(outDirProblems(outDir, facts)).toEqual([]);
    },
  );

  it.each([
    ['./content', 'is content/'],
    ['content/', 'is content/'],
    ['./link', 'is content/'],
    ['./src', 'is src/'],
    ['./public', 'is public/'],
    ['./tests', 'is tests/'],
    ['.', 'is the project root'],
    ['./', 'is the project root'],
    ['..', 'contains the project root'],
    ['/home/me', 'contains the project root'],
    ['/', 'is the file system root'],
    ['./content/changes', 'lies inside content/'],
    ['./link/changes', 'lies inside content/'],
    ['./src/out', 'lies inside src/'],
    ['./public/out', 'lies inside public/'],
    ['./docs', 'holds docs/guide.md, a file git tracks'],
  ])('refuses OUT_DIR=%s: it %s', (outDir, why) => {
    expect(outDirProblems(outDir, facts).map(formatProblem)).toEqual([
      `environment variable OUT_DIR: ${JSON.stringify(outDir)} ${why}: the build empties its output folder first\n    fix: set OUT_DIR to a folder of its own that only builds write, such as OUT_DIR=./dist (the default)`,
    ]);
  });

  it('refuses the home folder when the project lies elsewhere', () => {
    const elsewhere = { ...facts, root: '/srv/site' };
    expect(outDirProblems('/home/me', elsewhere)[0]?.message).toContain('is your home folder');
  });
});

describe('outDirProblems on a real checkout', () => {
  it('finds a tracked file through git and a folder through a symbolic link', () => {
    const root = mkdtempSync(join(tmpdir(), 'out-dir-'));
    try {
      const git = (...args: string[]): void => {
        execFileSync('git', ['-C', root, ...args], { stdio: 'ignore' });
      };
      git('init', '-q');
      mkdirSync(join(root, 'notes'));
      writeFileSync(join(root, 'notes', 'todo.md'), 'mine\n');
      git('add', 'notes/todo.md');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'notes');
      mkdirSync(join(root, 'content'));
      symlinkSync(join(root, 'content'), join(root, 'shortcut'));
      const real = { root, realpath: realpathAsFarAsExists, trackedFile: firstTrackedFile };
      expect(outDirProblems('notes', real)[0]?.message).toContain('holds notes/todo.md, a file git tracks');
      expect(outDirProblems('shortcut', real)[0]?.message).toContain('is content/');
      expect(outDirProblems('shortcut/new/deeper', real)[0]?.message).toContain('lies inside content/');
      expect(outDirProblems('dist', real)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectWithContent, ROOT, snapshot } from './helpers.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
const project = projectWithContent();
const notGit = mkdtempSync(join(tmpdir(), 'not-git-'));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(notGit, { recursive: true, force: true });
});

const run = (...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'scripts/import.ts'), ...args], { cwd: project, encoding: 'utf8' });

describe('npm run import', () => {
  it('says how to use it when given no clone, and fails', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('usage: npm run import -- --src <clone of FreeBSD src>');
  });

  it('exits 1 with the problem and its fix, and writes nothing, on bad input', () => {
    const before = snapshot(join(project, 'content'));
    const result = run('--src', notGit);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`import: ${notGit} is not a git repository`);
    expect(result.stderr).toContain('fix: clone it first');
    expect(result.stderr).toContain('Nothing was written.');
    expect(snapshot(join(project, 'content'))).toEqual(before);
  });
});

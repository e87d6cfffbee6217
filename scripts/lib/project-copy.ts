import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childEnv } from './clean-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What a copy of the site needs to build, besides its content/. */
export const SITE_FILES = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public'];
/**
 * A small made-up content/ tree with every kind of page (tests/fixtures/site/README.md):
 * what the build tests break, so that correcting the real content breaks none of them.
 */
export const FIXTURE_SITE = join(ROOT, 'tests/fixtures/site/content');
/** Caches Astro and Vite keep in node_modules: each copy starts without them, as a clean checkout does. */
const CACHES = new Set(['.astro', '.vite', '.vite-temp']);

/**
 * Gives `dir` a node_modules folder of symlinks to the packages in `from`.
 * The packages are shared; the caches are not, so copies built side by side
 * cannot read each other's content data store (node_modules/.astro/data-store.json).
 */
export function linkNodeModules(from: string, dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(from)) {
    if (!CACHES.has(entry)) symlinkSync(join(from, entry), join(dir, 'node_modules', entry));
  }
}

/** A throwaway copy of the project, to build with broken content or many records (also bench/). */
export class ProjectCopy {
  readonly dir: string;

  /**
   * In `dir` (emptied first), or in a new temporary folder; with the project's
   * content/, or the tree `content` names (such as FIXTURE_SITE).
   */
  constructor(
    dir = mkdtempSync(join(tmpdir(), 'freebsd-xen-')),
    { content = join(ROOT, 'content') }: { content?: string } = {},
  ) {
    this.dir = dir;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const entry of SITE_FILES) cpSync(join(ROOT, entry), join(this.dir, entry), { recursive: true });
    cpSync(content, join(this.dir, 'content'), { recursive: true });
    linkNodeModules(join(ROOT, 'node_modules'), this.dir);
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  delete(file: string): void {
    rmSync(join(this.dir, file), { force: true });
  }

  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    if (after === before) throw new Error(`the edit to ${file} changed nothing`);
    this.write(file, after);
  }

  /**
   * Environment that lets git in the copy read the project's history, so the
   * build finds the same last-commit dates as in the checkout.
   */
  gitEnv(): Record<string, string> {
    return { GIT_DIR: join(ROOT, '.git'), GIT_WORK_TREE: this.dir };
  }

  /** Runs `astro build` into the copy's dist/; returns its exit status and everything it printed. */
  build(env: Record<string, string> = {}): { status: number | null; output: string } {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: this.dir,
      encoding: 'utf8',
      env: childEnv({ ...env, OUT_DIR: join(this.dir, 'dist') }),
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** Runs `npm run validate`'s script on the copy's content; returns its exit status and output. */
  validate(): { status: number | null; output: string } {
    const result = spawnSync(
      join(ROOT, 'node_modules/.bin/node'),
      [join(ROOT, 'scripts/validate-content.ts')],
      { cwd: this.dir, encoding: 'utf8', env: childEnv({}) },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

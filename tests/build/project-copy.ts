import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childEnv } from './clean-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public'];

/** A throwaway copy of the project, to build with deliberately broken content. */
export class ProjectCopy {
  readonly dir = mkdtempSync(join(tmpdir(), 'freebsd-xen-'));

  constructor() {
    for (const entry of COPIED) cpSync(join(ROOT, entry), join(this.dir, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(this.dir, 'node_modules'), 'dir');
  }

  read(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  write(file: string, text: string): void {
    writeFileSync(join(this.dir, file), text);
  }

  edit(file: string, change: (text: string) => string): void {
    const before = this.read(file);
    const after = change(before);
    if (after === before) throw new Error(`the edit to ${file} changed nothing`);
    this.write(file, after);
  }

  /** Runs `astro build`; returns its exit status and everything it printed. */
  build(): { status: number | null; output: string } {
    const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: this.dir,
      encoding: 'utf8',
      env: childEnv({ OUT_DIR: join(this.dir, 'dist') }),
    });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

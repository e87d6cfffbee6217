import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { childEnv } from '../../scripts/lib/clean-env.ts';
import { BASE_BUILD, BASE_PATH, ROOT_BUILD, SITE_URL } from '../../scripts/lib/dist.ts';
import { ProjectCopy } from '../../scripts/lib/project-copy.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** `astro build` in `cwd` into `outDir` (relative to the project), as a promise of its success. */
function build(cwd: string, outDir: string, env: Record<string, string>): Promise<void> {
  const out = resolve(ROOT, outDir);
  rmSync(out, { recursive: true, force: true });
  const child = spawn(resolve(ROOT, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd,
    env: childEnv({ ...env, OUT_DIR: out }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (status) =>
      status === 0 ? done() : fail(new Error(`astro build (${outDir}) failed:\n${output}`)),
    );
  });
}

/**
 * Builds the site twice before the built-site checks, side by side: at / into
 * dist/ in the project, and under BASE_PATH into another folder from a copy of
 * the project (two builds in one folder would share Astro's caches; the copy
 * reads the project's git history for the same dates). SKIP_SITE_BUILD=1
 * reuses both builds.
 */
export default async function setup(): Promise<void> {
  if (process.env['SKIP_SITE_BUILD'] === '1') return;
  const copy = new ProjectCopy();
  try {
    await Promise.all([
      build(ROOT, ROOT_BUILD, { SITE_URL, BASE_PATH: '' }),
      // The path in SITE_URL is the base path: canonical URLs, sitemap, feed and JSON must all carry it.
      build(copy.dir, BASE_BUILD, { ...copy.gitEnv(), SITE_URL: `${SITE_URL}${BASE_PATH}`, BASE_PATH: '' }),
    ]);
  } finally {
    copy.remove();
  }
}

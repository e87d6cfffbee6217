import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { childEnv } from '../../scripts/lib/clean-env.ts';
import { BASE_BUILD, BASE_PATH, ROOT_BUILD, SITE_URL } from '../../scripts/lib/dist.ts';

function build(outDir: string, env: Record<string, string>): void {
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--silent'], {
    env: childEnv({ ...env, OUT_DIR: outDir }),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    throw new Error(`astro build (${outDir}) failed:\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Builds the site twice before the built-site checks: at / into dist/ and
 * under BASE_PATH into another folder. SKIP_SITE_BUILD=1 reuses both builds.
 */
export default function setup(): void {
  if (process.env['SKIP_SITE_BUILD'] === '1') return;
  build(ROOT_BUILD, { SITE_URL, BASE_PATH: '' });
  // The path in SITE_URL is the base path: canonical URLs, sitemap, feed and JSON must all carry it.
  build(BASE_BUILD, { SITE_URL: `${SITE_URL}${BASE_PATH}`, BASE_PATH: '' });
}

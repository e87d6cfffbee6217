import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Versions the bench installs into its own throwaway project: never
 * dependencies of the site. Astro is pinned to the site's own version so
 * both sides build with the same compiler and bundler.
 */
export const STARLIGHT_VERSION = '0.42.4';
export const LIGHTHOUSE_VERSION = '13.5.0';

export interface BenchDeps {
  /** A project folder whose node_modules holds Astro, Starlight and Lighthouse. */
  dir: string;
  nodeModules: string;
  astroVersion: string;
  starlightVersion: string;
  lighthouseVersion: string;
  lighthouseCli: string;
}

function installedVersion(nodeModules: string, name: string): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')) as {
      version?: string;
    };
    return pkg.version;
  } catch {
    return undefined;
  }
}

/** Installs (once; reused while the versions match) the bench's own dependencies under `dir`. */
export function ensureBenchDeps(dir: string, astroVersion: string, log: (line: string) => void): BenchDeps {
  const nodeModules = join(dir, 'node_modules');
  const wanted: Record<string, string> = {
    astro: astroVersion,
    '@astrojs/starlight': STARLIGHT_VERSION,
    lighthouse: LIGHTHOUSE_VERSION,
  };
  const current = Object.entries(wanted).every(
    ([name, version]) => installedVersion(nodeModules, name) === version,
  );
  if (!current) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify(
        {
          name: 'freebsd-on-xen-bench-deps',
          private: true,
          type: 'module',
          description:
            'Throwaway project of the benchmark (bench/): Starlight and Lighthouse live here only.',
          dependencies: wanted,
          allowScripts: { esbuild: true },
        },
        null,
        2,
      )}\n`,
    );
    log(
      `installing ${Object.entries(wanted)
        .map(([name, version]) => `${name}@${version}`)
        .join(', ')} into ${dir} (npm install --prefix)`,
    );
    const result = spawnSync(
      'npm',
      ['install', '--prefix', dir, '--no-audit', '--no-fund', '--loglevel=error'],
      {
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    if (result.status !== 0) throw new Error(`npm install in ${dir} failed (exit ${String(result.status)})`);
  }
  const lighthouseCli = join(nodeModules, 'lighthouse/cli/index.js');
  if (!existsSync(lighthouseCli)) throw new Error(`Lighthouse CLI missing at ${lighthouseCli}`);
  return {
    dir,
    nodeModules,
    astroVersion,
    starlightVersion: installedVersion(nodeModules, '@astrojs/starlight') ?? '?',
    lighthouseVersion: installedVersion(nodeModules, 'lighthouse') ?? '?',
    lighthouseCli,
  };
}

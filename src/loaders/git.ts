import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

let dates: Map<string, Date> | undefined;

/**
 * The date of the last commit that touched a file under content/, or undefined
 * outside a git checkout or for a file not yet committed. One `git log` reads
 * them all. Deploys need full history (fetch-depth: 0) for this to be right.
 */
export function lastCommitDate(file: string): Date | undefined {
  if (!dates) {
    dates = new Map();
    let current: Date | undefined;
    for (const line of (git(['log', '--format=%x00%cI', '--name-only', '--', 'content']) ?? '').split('\n')) {
      if (line.startsWith('\0')) current = new Date(line.slice(1));
      else if (line && current && !dates.has(line)) dates.set(line, current);
    }
  }
  return dates.get(file);
}

let repository: string | undefined | null = null;

/**
 * The GitHub repository the site is edited in: REPOSITORY_URL, else the one
 * GitHub Actions names, else the checkout's origin when it is on GitHub.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env['REPOSITORY_URL']) return env['REPOSITORY_URL'].replace(/\/+$/, '');
  if (env['GITHUB_REPOSITORY'])
    return `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}`;
  if (repository === null) {
    const match = /github\.com[:/]([^/]+\/[^/.]+)/.exec(git(['remote', 'get-url', 'origin']) ?? '');
    repository = match ? `https://github.com/${match[1] ?? ''}` : undefined;
  }
  return repository;
}

/** "Edit this page" link for a file in the repository, when the repository is known. */
export function editUrl(file: string): string | undefined {
  const repo = repositoryUrl();
  return repo ? `${repo}/edit/main/${file}` : undefined;
}

/**
 * A file under `folder` that git tracks (the first it lists), if the folder is
 * in a git checkout and holds any; the path as the repository names it.
 */
export function firstTrackedFile(folder: string): string | undefined {
  let existing = folder;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  const listed = git(['-C', existing, 'ls-files', '-z', '--full-name', '--', folder]);
  return listed ? listed.split('\0')[0] : undefined;
}

/** The path with its symbolic links resolved as far as it exists; the rest as written. */
export function realpathAsFarAsExists(path: string): string {
  if (existsSync(path)) return realpathSync(path);
  const parent = dirname(path);
  return parent === path ? path : join(realpathAsFarAsExists(parent), basename(path));
}

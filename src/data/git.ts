import { execFileSync } from 'node:child_process';

/**
 * The date of the last commit that touched a file, or undefined outside a git
 * checkout or for a file not yet committed. Deploys need full history
 * (fetch-depth: 0) for this to be right.
 */
export function lastCommitDate(file: string): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out ? new Date(out) : undefined;
  } catch {
    return undefined;
  }
}

function originUrl(): string | undefined {
  try {
    return execFileSync('git', ['remote', 'get-url', 'origin'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The GitHub repository the site is edited in: REPOSITORY_URL, else the one
 * GitHub Actions names, else the checkout's origin when it is on GitHub.
 */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env['REPOSITORY_URL']) return env['REPOSITORY_URL'].replace(/\/+$/, '');
  if (env['GITHUB_REPOSITORY'])
    return `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}`;
  const match = /github\.com[:/]([^/]+\/[^/.]+)/.exec(originUrl() ?? '');
  return match ? `https://github.com/${match[1] ?? ''}` : undefined;
}

/** "Edit this page" link for a file in the repository, when the repository is known. */
export function editUrl(file: string): string | undefined {
  const repo = repositoryUrl();
  return repo ? `${repo}/edit/main/${file}` : undefined;
}

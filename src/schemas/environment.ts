/**
 * The build's environment variables, checked before anything else: each
 * problem names the variable, the value and an example of a good one.
 * Pure: the caller passes process.env.
 */
import type { ContentProblem } from '../lib/content-error.ts';
import { normalizeBase } from '../lib/paths.ts';

export const DEFAULT_SITE_URL = 'https://freebsd-xen.example.org';

export interface Environment {
  /** Astro's `site`: the origin the site is published at. */
  readonly site: string;
  /** Astro's `base`: `/` or `/<path>/`, from BASE_PATH or the path of SITE_URL. */
  readonly base: string;
  readonly outDir: string;
}

const PATH = /^\/?[A-Za-z0-9._~!$&'()*+,;=:@%-]*(?:\/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)*\/?$/;

export function readEnvironment(env: Readonly<Record<string, string | undefined>>): {
  environment: Environment;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const problem = (name: string, message: string, fix: string): void => {
    problems.push({ file: `environment variable ${name}`, message, fix });
  };
  const rawSite = env['SITE_URL']?.trim() || DEFAULT_SITE_URL;
  let site = DEFAULT_SITE_URL;
  let sitePath = '/';
  try {
    const url = new URL(rawSite);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    if (url.search || url.hash || url.username || url.password) throw new Error('extra parts');
    site = url.origin;
    sitePath = normalizeBase(url.pathname);
  } catch {
    problem(
      'SITE_URL',
      `${JSON.stringify(rawSite)} is not the address of a site`,
      'set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io',
    );
  }
  const rawBase = env['BASE_PATH'];
  let base = sitePath;
  if (rawBase !== undefined && rawBase.trim() !== '') {
    if (
      /^[a-z][a-z0-9+.-]*:/i.test(rawBase.trim()) ||
      rawBase.trim().startsWith('//') ||
      !PATH.test(rawBase.trim())
    ) {
      problem(
        'BASE_PATH',
        `${JSON.stringify(rawBase)} is not a path`,
        'set it to the path the site is served under, for example BASE_PATH=/freebsd-xen/ (the address itself goes in SITE_URL)',
      );
    } else {
      base = normalizeBase(rawBase);
      if (sitePath !== '/' && base !== sitePath) {
        problem(
          'BASE_PATH',
          `${JSON.stringify(rawBase)} disagrees with the path of SITE_URL (${sitePath})`,
          `give the path once: in SITE_URL (https://host${sitePath}) or in BASE_PATH, not two different ones`,
        );
      }
    }
  }
  const outDir = env['OUT_DIR']?.trim() || './dist';
  return { environment: { site, base, outDir }, problems };
}

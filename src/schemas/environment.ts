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

/** Hosts a site may be served from over plain http: this machine, for a preview or the benchmark. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The value with any user name and password taken out, so no log shows a credential. */
export function redact(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1***@');
}

/** Whether a path has a `.` or `..` segment, written out or percent-encoded, or an encoded slash. */
export function hasDotSegment(path: string): boolean {
  if (/%(2f|5c)/i.test(path)) return true;
  return path
    .split(/[/\\]/)
    .map((segment) => segment.replace(/%2e/gi, '.'))
    .some((segment) => segment === '.' || segment === '..');
}

/** An https://github.com/<owner>/<repository> address (or GitHub Enterprise's), as "Edit this page" links need. */
const REPOSITORY = /^\/[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+\/?$/;

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
  const siteFix =
    'set it to the https:// address the site is published at, for example SITE_URL=https://owner.github.io';
  try {
    const url = new URL(rawSite);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    if (url.search || url.hash || url.username || url.password) throw new Error('extra parts');
    if (hasDotSegment(rawSite.replace(/^[a-z]+:\/\/[^/]*/i, ''))) throw new Error('dot segments');
    if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
      problem(
        'SITE_URL',
        `${JSON.stringify(redact(rawSite))} is served over plain http: GitHub Pages and every link to the site use https`,
        siteFix,
      );
    }
    site = url.origin;
    sitePath = normalizeBase(url.pathname);
  } catch {
    problem('SITE_URL', `${JSON.stringify(redact(rawSite))} is not the address of a site`, siteFix);
  }
  const rawBase = env['BASE_PATH'];
  let base = sitePath;
  if (rawBase !== undefined && rawBase.trim() !== '') {
    const fix =
      'set it to the path the site is served under, for example BASE_PATH=/freebsd-xen/ (the address itself goes in SITE_URL)';
    if (
      /^[a-z][a-z0-9+.-]*:/i.test(rawBase.trim()) ||
      rawBase.trim().startsWith('//') ||
      !PATH.test(rawBase.trim())
    ) {
      problem('BASE_PATH', `${JSON.stringify(redact(rawBase))} is not a path`, fix);
    } else if (hasDotSegment(rawBase.trim())) {
      problem(
        'BASE_PATH',
        `${JSON.stringify(rawBase)} has a . or .. segment (written out or percent-encoded), which would leave the site's folder`,
        fix,
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
  const rawRepository = env['REPOSITORY_URL']?.trim();
  if (rawRepository) {
    const good = ((): boolean => {
      try {
        const url = new URL(rawRepository);
        return (
          url.protocol === 'https:' &&
          !url.username &&
          !url.password &&
          !url.search &&
          !url.hash &&
          REPOSITORY.test(url.pathname) &&
          !hasDotSegment(url.pathname)
        );
      } catch {
        return false;
      }
    })();
    if (!good) {
      problem(
        'REPOSITORY_URL',
        `${JSON.stringify(redact(rawRepository))} is not the https:// address of a repository, without credentials`,
        'set it to the repository the site is edited in, for example REPOSITORY_URL=https://github.com/owner/freebsd-xen, or leave it unset',
      );
    }
  }
  const outDir = env['OUT_DIR']?.trim() || './dist';
  return { environment: { site, base, outDir }, problems };
}

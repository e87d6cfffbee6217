import { normalizeBase } from '../paths.ts';

/** Where a build is served: Astro's `site` origin and `base` path. */
export interface SiteLocation {
  /** Such as `https://owner.github.io`. */
  readonly origin: string;
  /** Such as `/` or `/freebsd-xen/`. */
  readonly base: string;
}

export type ResolvedLink =
  /** A page or file of this site: `path` is root-relative with the base path removed. */
  | { readonly kind: 'internal'; readonly path: string; readonly fragment: string | undefined }
  | { readonly kind: 'external'; readonly url: URL }
  /** mailto:, tel: and data: URLs: nothing to fetch or check. */
  | { readonly kind: 'ignored' }
  | { readonly kind: 'broken'; readonly reason: string };

const IGNORED_SCHEMES = new Set(['mailto:', 'tel:', 'data:']);

/** The URL a built file is served at: `changes/index.html` is `<origin><base>changes/`. */
export function pageUrl(file: string, site: SiteLocation): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return new URL(normalizeBase(site.base) + path, site.origin).href;
}

/** The file in the build that serves a site path: a trailing slash means its index.html. */
export function fileForPath(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return file.replace(/^\/+/, '');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Resolves a URL found on a page the way a browser would, then sorts it: a
 * link to this site (same origin) must stay under the base path; anything
 * else on http(s) is external. A fragment is kept only where the URL has a
 * `#`, so a bare `#` shows up as an empty fragment.
 */
export function resolveLink(raw: string, from: string, site: SiteLocation): ResolvedLink {
  const written = raw.trim();
  if (written === '') return { kind: 'broken', reason: 'empty URL' };
  let url: URL;
  try {
    url = new URL(written, from);
  } catch {
    return { kind: 'broken', reason: 'not a valid URL' };
  }
  if (IGNORED_SCHEMES.has(url.protocol)) return { kind: 'ignored' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { kind: 'broken', reason: `${url.protocol} URL: only http(s) links are followed` };
  }
  if (url.origin !== new URL(site.origin).origin) return { kind: 'external', url };
  const base = normalizeBase(site.base);
  const pathname = decode(url.pathname);
  if (!pathname.startsWith(base)) {
    return { kind: 'broken', reason: `outside the base path ${base}` };
  }
  const fragment = written.includes('#') ? decode(url.hash.slice(1)) : undefined;
  return { kind: 'internal', path: `/${pathname.slice(base.length)}`, fragment };
}

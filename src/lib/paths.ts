import { advisorySlug, type AdvisoryRef } from './references/advisory.ts';
import type { GitRef } from './references/git.ts';
import type { RecordRef } from './references/record-ref.ts';
import { formatRevision, type SvnRef } from './references/svn.ts';

/**
 * Site routes, written once. Every path is root-relative with a trailing
 * slash (the site uses `trailingSlash: 'always'`); `withBase` then places it
 * under the deployment's base path.
 */
export const routes = {
  home: (): string => '/',
  topic: (slug: string): string => `/topics/${slug}/`,
  changes: (): string => '/changes/',
  /** Every change on one topic, newest first, paginated. */
  topicChanges: (slug: string): string => `/changes/topic/${slug}/`,
  releaseChanges: (version: string): string => `/changes/release/${version}/`,
  personChanges: (id: string): string => `/changes/person/${id}/`,
  change: (ref: SvnRef | GitRef): string =>
    `/changes/${ref.repository}/${ref.kind === 'svn' ? formatRevision(ref.revision) : ref.hash}/`,
  advisories: (): string => '/advisories/',
  advisory: (ref: AdvisoryRef): string => `/advisories/${advisorySlug(ref.id)}/`,
  releases: (): string => '/releases/',
  release: (version: string): string => `/releases/${version}/`,
  people: (): string => '/people/',
  person: (id: string): string => `/people/${id}/`,
  support: (): string => '/support/',
  glossary: (term?: string): string => (term ? `/glossary/#${term}` : '/glossary/'),
  about: (): string => '/about/',
  search: (): string => '/search/',
  /** A diagram or chart on its own, at full size (src/pages/figures/[id].svg.ts). */
  figure: (id: string): string => `/figures/${id}.svg`,
  /** Colours of highlighted code (written by src/integrations/code-styles.ts). */
  codeStyles: (): string => '/_astro/code-colors.css',
} as const;

/** The page of any record: a change's or an advisory's. */
export function recordRoute(ref: RecordRef): string {
  return ref.kind === 'advisory' ? routes.advisory(ref) : routes.change(ref);
}

/** Normalises a base such as `freebsd-xen`, `/freebsd-xen` or `/freebsd-xen/` to `/freebsd-xen/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Whether a URL written in content is a path of this site: root-relative, not protocol-relative. */
export function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** Places a root-relative site path under the base path: the one way internal links are made. */
export function withBase(base: string, path: string): string {
  if (!isSitePath(path)) {
    throw new Error(`Internal paths start with a single "/": got ${JSON.stringify(path)}`);
  }
  return normalizeBase(base) + path.slice(1);
}

/** Whether Markdown source holds a fenced code block, so its page needs the code colours. */
export function hasFencedCode(markdown: string | undefined): boolean {
  return /^ {0,3}(`{3,}|~{3,})/m.test(markdown ?? '');
}

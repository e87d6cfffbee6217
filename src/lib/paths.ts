import { formatRevision, type RevisionId } from './revision.ts';

/**
 * Site routes, written once. Every path is root-relative with a trailing
 * slash (the site uses `trailingSlash: 'always'`); `withBase` then places it
 * under the deployment's base path.
 */
export const routes = {
  home: (): string => '/',
  changes: (): string => '/changes/',
  change: (id: RevisionId): string => `/changes/${id.repository}/${formatRevision(id.revision)}/`,
  topic: (slug: string): string => `/topics/${slug}/`,
  glossary: (term?: string): string => (term ? `/glossary/#${term}` : '/glossary/'),
  about: (): string => '/about/',
  search: (): string => '/search/',
  /** Colours of highlighted code (written by src/integrations/code-styles.ts). */
  codeStyles: (): string => '/_astro/code-colors.css',
} as const;

/** Normalises a base such as `freebsd-xen`, `/freebsd-xen` or `/freebsd-xen/` to `/freebsd-xen/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Whether Markdown source holds a fenced code block, so its page needs the code colours. */
export function hasFencedCode(markdown: string | undefined): boolean {
  return /^ {0,3}(`{3,}|~{3,})/m.test(markdown ?? '');
}

/** Places a root-relative site path under the base path: the one way internal links are made. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`Internal paths start with a single "/": got ${JSON.stringify(path)}`);
  }
  return normalizeBase(base) + path.slice(1);
}

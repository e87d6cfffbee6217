/**
 * The kinds of page the site has, in one place: how search labels them, the
 * list page the sidebar links to, and which file of the project a page of that
 * kind is made from (for build errors). A new page type is registered here; its
 * URLs are built in paths.ts and its page is a file in src/pages/
 * (CONTRIBUTING.md walks through it).
 */
import { routes } from './paths.ts';

export interface PageType {
  /** The label search results and the kind filter show (src/components/search/SearchMeta.astro). */
  readonly searchKind: string;
  /** The page listing every page of the type, as the sidebar names it; the order here is the sidebar's. */
  readonly index?: { readonly label: string; readonly path: string };
  /** A built page of this type, as its path inside the build: the capture is the page's id. */
  readonly page: RegExp;
  /** The authored file a page with this id is made from. */
  readonly source: (id: string) => string;
}

export const PAGE_TYPES = {
  topic: {
    searchKind: 'Topic',
    page: /^topics\/([^/]+)\/index\.html$/,
    source: (id) => `content/topics/${id}.mdx`,
  },
  release: {
    searchKind: 'Release',
    index: { label: 'Releases', path: routes.releases() },
    page: /^releases\/(\d+\.\d+)\/index\.html$/,
    source: (id) => `content/releases/${id}.md`,
  },
  change: {
    searchKind: 'Change',
    index: { label: 'All changes', path: routes.changes() },
    page: /^changes\/([a-z]+\/(?:r[0-9]+|[0-9a-f]{7,40}))\/index\.html$/,
    source: (id) => `content/changes/${id}.md`,
  },
  advisory: {
    searchKind: 'Advisory',
    index: { label: 'Security advisories', path: routes.advisories() },
    page: /^advisories\/(FreeBSD-[^/]+)\/index\.html$/,
    source: (id) => `content/advisories/${id}.md`,
  },
  person: {
    searchKind: 'Person',
    index: { label: 'People', path: routes.people() },
    page: /^people\/([a-z][a-z0-9-]*)\/index\.html$/,
    source: (id) => `content/people/${id}.md`,
  },
  glossary: {
    searchKind: 'Glossary',
    index: { label: 'Glossary', path: routes.glossary() },
    page: /^glossary\/index\.html$/,
    source: () => 'content/glossary/',
  },
} as const satisfies Record<string, PageType>;

export type PageTypeId = keyof typeof PAGE_TYPES;
export type SearchKind = (typeof PAGE_TYPES)[PageTypeId]['searchKind'];

/**
 * The file a built page comes from: its content file for a content page,
 * else the route that made it, such as src/pages/changes/[...page].astro
 * (`routes` pairs each route's URL pattern with its file).
 */
export function sourceOfPage(file: string, routes: readonly { pattern: RegExp; file: string }[]): string {
  for (const type of Object.values(PAGE_TYPES)) {
    const match = type.page.exec(file);
    if (match) return type.source(match[1] ?? '');
  }
  const path = `/${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '')}`;
  return routes.find((route) => route.pattern.test(path))?.file ?? `the page /${file}`;
}

/**
 * The site-wide pages the sidebar lists above the topics, in order: the home page and the
 * support matrix, the list page of each page type, then About.
 */
export const SITE_PAGES: readonly { readonly label: string; readonly path: string }[] = [
  { label: 'Home', path: routes.home() },
  { label: 'Support matrix', path: routes.support() },
  ...Object.values(PAGE_TYPES).flatMap((type: PageType) => (type.index ? [type.index] : [])),
  { label: 'About', path: routes.about() },
];

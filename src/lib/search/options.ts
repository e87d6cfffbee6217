/**
 * How the site's search ranks and filters, shared by the browser UI and the
 * search quality tests so both see the same results.
 */

/**
 * Pagefind ranking: a match in a page's identifiers outweighs everything, so a revision (with or
 * without its r), a git hash, an advisory id in any of its forms, a CVE or XSA id, a person's
 * account name or a release number finds its page first (src/components/search/SearchMeta.astro);
 * a match in the names of a topic (its title and the terms it covers, src/pages/topics/[slug].astro)
 * outweighs a change's title, so a query naming a topic finds the topic first even as records that
 * use the same words grow in number (10 was not enough once the advisories' correction commits were
 * recorded); long topic pages are
 * penalised less for their length than by default (0.75).
 */
export const SEARCH_OPTIONS = {
  ranking: { metaWeights: { title: 5, names: 15, ids: 20 }, pageLength: 0.3 },
  excerptLength: 24,
} as const;

/** The filters readers can narrow by, in the order they are shown, with their labels. */
export const SEARCH_FILTERS = [
  { key: 'kind', label: 'Kind' },
  { key: 'topic', label: 'Topic' },
  { key: 'repository', label: 'Repository' },
  { key: 'author', label: 'Author' },
  { key: 'release', label: 'Release' },
] as const;

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

export function isFilterKey(value: unknown): value is FilterKey {
  return SEARCH_FILTERS.some((filter) => filter.key === value);
}

/** How many results a page of results shows before "Show more". */
export const RESULTS_PER_PAGE = 10;

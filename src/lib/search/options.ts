/**
 * How the site's search ranks and filters, shared by the browser UI and the
 * search quality tests so both see the same results.
 */

/**
 * Pagefind ranking: a match in a page's revision or its bare number outweighs body text,
 * and long topic pages are penalised less for their length than by default (0.75).
 */
export const SEARCH_OPTIONS = {
  ranking: { metaWeights: { title: 5, revision: 20, number: 20 }, pageLength: 0.3 },
  excerptLength: 24,
} as const;

/** The filters readers can narrow by, in the order they are shown, with their labels. */
export const SEARCH_FILTERS = [
  { key: 'kind', label: 'Kind' },
  { key: 'topic', label: 'Topic' },
  { key: 'repository', label: 'Repository' },
  { key: 'author', label: 'Author' },
  { key: 'release', label: 'First release' },
] as const;

export type FilterKey = (typeof SEARCH_FILTERS)[number]['key'];

/** How many results a page of results shows before "Show more". */
export const RESULTS_PER_PAGE = 10;

import { withBase } from '../paths.ts';
import type { FilterKey } from './options.ts';

/** The parts of a Pagefind result the UI uses (see Pagefind's PagefindSearchFragment). */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface ResultView {
  href: string;
  title: string;
  kind: string;
  /** `r294442` for a change, otherwise undefined. */
  revision: string | undefined;
  /** Pagefind's excerpt: page text, escaped, with matches wrapped in <mark>. */
  excerptHtml: string;
}

/** Turns a Pagefind fragment into what a result shows, with its URL under the base path. */
export function toResultView(fragment: PagefindFragment, base: string): ResultView {
  const path = fragment.url.startsWith('/') ? fragment.url : `/${fragment.url}`;
  return {
    href: withBase(base, path),
    title: fragment.meta['title'] ?? path,
    kind: fragment.meta['kind'] ?? 'Page',
    revision: fragment.meta['revision'],
    excerptHtml: fragment.excerpt,
  };
}

export type SelectedFilters = Partial<Record<FilterKey, string>>;

/** Pagefind's filter argument from the selected values: an empty choice means any. */
export function toPagefindFilters(selected: SelectedFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries(selected).filter(([, value]) => value !== undefined && value !== ''),
  );
}

/** A trimmed query, or null when there is nothing to search for (Pagefind then lists by filters alone). */
export function normalizeQuery(raw: string): string | null {
  const query = raw.trim().replace(/\s+/g, ' ');
  return query === '' ? null : query;
}

/** The status line read out after each search. */
export function describeResults(count: number, query: string | null, filtered: boolean): string {
  const what = count === 1 ? '1 result' : `${String(count)} results`;
  if (query) return `${what} for “${query}”${filtered ? ' with the chosen filters' : ''}`;
  return filtered ? `${what} with the chosen filters` : '';
}

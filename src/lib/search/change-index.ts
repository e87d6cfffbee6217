import { PAGE_TYPES } from '../page-types.ts';
import { routes } from '../paths.ts';
import { ReferenceSyntaxError } from '../references/errors.ts';
import { parseCommit } from '../references/git.ts';
import { parseRevision, toRevisionNumber } from '../references/svn.ts';
import type { SelectedFilters } from './results.ts';

/**
 * The change records have a search index of their own, beside the one of every
 * other page: Pagefind's metadata grows by a few bytes per page, and with ten
 * thousand records it alone would outweigh the rest of a first search. The
 * pages index loads when search opens; the change index joins it at once while
 * it is small, and otherwise when a search needs it.
 */
export const CHANGE_INDEX = {
  /** Where `astro build` writes it (src/integrations/pagefind.ts), under the base path. */
  path: 'pagefind-changes/',
  /** What it holds: every page under this route. */
  route: routes.changes(),
  /**
   * Up to this many records, the index loads with the pages index: about 6.6 bytes of gzipped
   * metadata per record (13 kB here), which keeps a first search within 150 kB (bench/RESULTS.md).
   */
  eagerUpTo: 2000,
} as const;

/**
 * How many pages a Pagefind index holds, from its pagefind-entry.json (the site's pages are all
 * English), or undefined when the file says nothing readable.
 */
export function entryPageCount(entry: unknown): number | undefined {
  if (typeof entry !== 'object' || entry === null || !('languages' in entry)) return undefined;
  const { languages } = entry;
  if (typeof languages !== 'object' || languages === null || !('en' in languages)) return undefined;
  const { en } = languages;
  if (typeof en !== 'object' || en === null || !('page_count' in en)) return undefined;
  return typeof en.page_count === 'number' ? en.page_count : undefined;
}

/** Whether the change index loads with the pages index, from how many records it holds. */
export function loadsEagerly(records: number): boolean {
  return records <= CHANGE_INDEX.eagerUpTo;
}

const parses = (parse: () => unknown): boolean => {
  try {
    parse();
    return true;
  } catch (error) {
    if (error instanceof ReferenceSyntaxError) return false;
    throw error;
  }
};

/**
 * Whether a word of a query names a commit: a revision with or without its r
 * (`r294442`, `R294442`, `294442`) or the start of a git hash (`65f22cc`: at
 * least seven hexadecimal digits, with a letter and a digit among them, so that
 * words such as "acceded" stay words).
 */
export function namesCommit(word: string): boolean {
  if (/^[0-9]+$/.test(word)) return parses(() => toRevisionNumber(Number(word)));
  if (/^[rR][0-9]+$/.test(word)) return parses(() => parseRevision(word));
  return /[a-fA-F]/.test(word) && /[0-9]/.test(word) && parses(() => parseCommit(word));
}

/**
 * Whether a search has to consult the change records: its query names a commit,
 * or the reader narrows by anything but a kind of page other than changes.
 */
export function needsChanges(query: string | null, filters: SelectedFilters): boolean {
  if (query?.split(' ').some(namesCommit)) return true;
  const chosen = Object.entries(filters).filter(([, value]) => value !== undefined && value !== '');
  if (chosen.length === 0) return false;
  return filters.kind === undefined || filters.kind === '' || filters.kind === PAGE_TYPES.change.searchKind;
}

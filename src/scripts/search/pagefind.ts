import { CHANGE_INDEX, entryPageCount, loadsEagerly } from '../../lib/search/change-index.ts';

/** The parts of Pagefind's browser API (dist/pagefind/pagefind.js) the UI uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: object): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Whether a module has the functions of Pagefind's API the UI calls. */
function isPagefind(module: unknown): module is Pagefind {
  return (
    typeof module === 'object' &&
    module !== null &&
    ['options', 'init', 'mergeIndex', 'search', 'filters'].every(
      (name) => typeof Reflect.get(module, name) === 'function',
    )
  );
}

/**
 * Loads Pagefind from the built site. It is fetched only now, when a reader
 * opens search, together with its worker, WebAssembly and index chunks.
 */
export async function loadPagefind(base: string, options: object): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  const pagefind: unknown = await import(/* @vite-ignore */ url);
  if (!isPagefind(pagefind)) throw new Error(`${url} is not Pagefind's search API`);
  // Result URLs stay root-relative; the UI places them under the base path itself.
  await pagefind.options({ ...options, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/** The change records' index (src/lib/search/change-index.ts), joined to the pages index when needed. */
export interface ChangeIndex {
  /** How many change records it holds. */
  readonly records: number;
  readonly loaded: boolean;
  /** Joins it to the pages index, once: later searches cover the change records too. */
  load(): Promise<void>;
}

/** Reads how large the change index is, and joins it at once while it is small. */
export async function openChangeIndex(
  pagefind: Pagefind,
  base: string,
  options: object,
): Promise<ChangeIndex> {
  const path = `${base}${CHANGE_INDEX.path}`;
  const response = await fetch(`${path}pagefind-entry.json`);
  const records = response.ok ? (entryPageCount(await response.json()) ?? 0) : 0;
  let joining: Promise<void> | undefined;
  let loaded = false;
  const index: ChangeIndex = {
    records,
    get loaded() {
      return loaded;
    },
    load: () =>
      (joining ??= pagefind.mergeIndex(path, { ...options, baseUrl: '/' }).then(() => {
        loaded = true;
      })),
  };
  if (records > 0 && loadsEagerly(records)) await index.load();
  return index;
}

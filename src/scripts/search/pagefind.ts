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
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/**
 * Loads Pagefind from the built site. It is fetched only now, when a reader
 * opens search, together with its worker, WebAssembly and index chunks.
 */
export async function loadPagefind(base: string, options: object): Promise<Pagefind> {
  const url = `${base}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  // Result URLs stay root-relative; the UI places them under the base path itself.
  await pagefind.options({ ...options, baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

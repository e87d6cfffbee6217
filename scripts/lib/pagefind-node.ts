import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHANGE_INDEX, entryPageCount, loadsEagerly } from '../../src/lib/search/change-index.ts';
import { SEARCH_OPTIONS } from '../../src/lib/search/options.ts';
import { ROOT_BUILD } from './dist.ts';

interface Fragment {
  url: string;
  meta: Record<string, string>;
}
interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: object): Promise<void>;
  search(query: string | null, options?: object): Promise<{ results: { data(): Promise<Fragment> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loaded: Promise<PagefindApi> | undefined;

/**
 * The real dist/pagefind/pagefind.js, run in Node with `fetch` reading the
 * built files, and the same ranking options the site's search UI passes. As in
 * the UI (src/scripts/search/pagefind.ts), the change records' index joins at
 * once while it is small (a large one is tested in the browser).
 */
export function pagefindFromDist(dir: string = ROOT_BUILD): Promise<PagefindApi> {
  loaded ??= (async () => {
    const bundle = pathToFileURL(`${resolve(dir)}/pagefind/`);
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input: string | URL | Request) => {
      const url = new URL(input instanceof Request ? input.url : String(input), bundle);
      if (url.protocol !== 'file:') return realFetch(input);
      return new Response(await readFile(fileURLToPath(url)));
    };
    const pagefind = (await import(new URL('pagefind.js', bundle).href)) as PagefindApi;
    await pagefind.options({ ...SEARCH_OPTIONS, basePath: bundle.href, baseUrl: '/' });
    await pagefind.init();
    if (loadsEagerly(changeRecords(dir))) await joinChanges(pagefind, dir);
    return pagefind;
  })();
  return loaded;
}

const changesPath = (dir: string): string => `${resolve(dir)}/${CHANGE_INDEX.path}`;

/** How many change records the build's change index holds. */
export function changeRecords(dir: string = ROOT_BUILD): number {
  return entryPageCount(JSON.parse(readFileSync(`${changesPath(dir)}pagefind-entry.json`, 'utf8'))) ?? 0;
}

let joined: Promise<void> | undefined;
function joinChanges(pagefind: PagefindApi, dir: string): Promise<void> {
  joined ??= pagefind.mergeIndex(pathToFileURL(changesPath(dir)).href, { ...SEARCH_OPTIONS, baseUrl: '/' });
  return joined;
}

/** The URLs of the first `count` results for a query. */
export async function topUrls(
  query: string | null,
  count = 3,
  filters?: Record<string, string>,
): Promise<string[]> {
  const pagefind = await pagefindFromDist();
  const search = await pagefind.search(query, filters ? { filters } : {});
  const data = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
  return data.map((fragment) => fragment.url);
}

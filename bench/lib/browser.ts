import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../scripts/lib/chromium.ts';
import { gzipBytes } from './measure.ts';
import { isSearchResource, type RequestRecord, type ResourceKind, type StaticServer } from './server.ts';

export const CHROMIUM = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export interface Totals {
  requests: number;
  rawBytes: number;
  /** Bytes on the wire: gzip where the server compresses. */
  wireBytes: number;
  gzipBytes: number;
  byKind: Partial<Record<ResourceKind, { requests: number; rawBytes: number; gzipBytes: number }>>;
  /** Each request: its path and the bytes it put on the wire. */
  entries: { path: string; wireBytes: number }[];
}

export function totals(records: readonly RequestRecord[]): Totals {
  const result: Totals = { requests: 0, rawBytes: 0, wireBytes: 0, gzipBytes: 0, byKind: {}, entries: [] };
  for (const record of records) {
    result.requests += 1;
    result.rawBytes += record.rawBytes;
    result.wireBytes += record.wireBytes;
    result.gzipBytes += record.gzipBytes;
    const kind = (result.byKind[record.kind] ??= { requests: 0, rawBytes: 0, gzipBytes: 0 });
    kind.requests += 1;
    kind.rawBytes += record.rawBytes;
    kind.gzipBytes += record.gzipBytes;
    result.entries.push({ path: record.path, wireBytes: record.wireBytes });
  }
  return result;
}

export interface ExecutedScript {
  url: string;
  inline: boolean;
  bytes: number;
  gzipBytes: number;
}

export interface PageLoad {
  url: string;
  load: Totals;
  /** The document plus every stylesheet: what must arrive before the first paint. */
  firstRoundTripGzip: number;
  /** Every script that ran before any input, inline ones included (Chromium JS coverage). */
  scripts: ExecutedScript[];
  jsExecutedBytes: number;
  jsExecutedGzip: number;
  /** Search code, index or WebAssembly fetched without the search being opened. */
  searchFetched: string[];
}

/** A first visit with an empty cache: everything fetched until the network is quiet, and the JS that ran. */
export async function measurePageLoad(
  browser: Browser,
  server: StaticServer,
  path: string,
): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.coverage.startJSCoverage({ resetOnNavigation: false });
    const mark = server.mark();
    const url = server.origin + path;
    await page.goto(url, { waitUntil: 'load' });
    await idle(page);
    await server.settle(1500);
    const coverage = await page.coverage.stopJSCoverage();
    const records = server.since(mark);
    const load = totals(records);
    const pageUrl = page.url();
    const scripts = coverage
      .filter((entry) => entry.url !== '' && entry.source !== undefined)
      .map((entry) => {
        const source = entry.source ?? '';
        return {
          url: entry.url.replace(server.origin, ''),
          inline: entry.url === pageUrl,
          bytes: Buffer.byteLength(source),
          gzipBytes: gzipBytes(source),
        };
      });
    const firstRoundTripGzip = records
      .filter((record) => record.kind === 'css' || (record.kind === 'html' && record.seq === records[0]?.seq))
      .reduce((sum, record) => sum + record.gzipBytes, 0);
    return {
      url: path,
      load,
      firstRoundTripGzip,
      scripts,
      jsExecutedBytes: scripts.reduce((sum, script) => sum + script.bytes, 0),
      // One gzip stream over all of them, as they travel inside the HTML or a bundle (no header per script).
      jsExecutedGzip: scripts.length === 0 ? 0 : gzipBytes(coverageSources(coverage)),
      searchFetched: records.filter(isSearchResource).map((record) => record.path),
    };
  } finally {
    await context.close();
  }
}

function coverageSources(coverage: readonly { url: string; source?: string }[]): string {
  return coverage
    .filter((entry) => entry.url !== '')
    .map((entry) => entry.source ?? '')
    .join('\n');
}

/** Waits for the page's idle callbacks (scripts some themes load "on idle"). */
async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 3000 });
        else setTimeout(resolve, 500);
      }),
  );
}

/** Selectors tried in order: this site's search, then Starlight's and Pagefind's default UI. */
const OPEN = [
  '[data-search-open]',
  'site-search button[data-open-modal]',
  'button[aria-keyshortcuts][aria-label*="earch"]',
];
const INPUT = ['[data-search-input]', '.pagefind-ui__search-input', 'input[type="search"]'];
const RESULTS = ['[data-search-results] > *', '.pagefind-ui__result', '[data-search-results] li'];

export interface SearchRun {
  /** 'ui': the site's own search UI, driven like a reader; 'api': pagefind.js called directly. */
  method: 'ui' | 'api';
  /** Why the UI was not used, when it was not. */
  note?: string;
  queries: [string, string];
  /** From opening the search (trigger click, or loading pagefind.js and its WebAssembly). */
  open: Totals;
  first: Totals;
  second: Totals;
  /** Opening plus the first query: what a first search costs. */
  firstSearch: Totals;
  results: [number, number];
}

async function firstVisible(
  page: Page,
  selectors: readonly string[],
  timeout: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeout;
  do {
    for (const selector of selectors) {
      const locator = page.locator(selector).first();
      if ((await locator.count()) > 0 && (await locator.isVisible().catch(() => false))) return selector;
    }
    await page.waitForTimeout(100);
  } while (Date.now() < deadline);
  return undefined;
}

async function resultCount(page: Page): Promise<number> {
  for (const selector of RESULTS) {
    const count = await page.locator(selector).count();
    if (count > 0) return count;
  }
  return 0;
}

async function waitForResults(page: Page, previous: string | undefined): Promise<number> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const count = await resultCount(page);
    if (count > 0) {
      const first = await firstResultText(page);
      if (previous === undefined || first !== previous) return count;
    }
    await page.waitForTimeout(100);
  }
  return resultCount(page);
}

async function firstResultText(page: Page): Promise<string | undefined> {
  for (const selector of RESULTS) {
    const locator = page.locator(selector).first();
    if ((await locator.count()) > 0) return (await locator.textContent()) ?? undefined;
  }
  return undefined;
}

async function searchWithUi(page: Page, server: StaticServer, queries: [string, string]): Promise<SearchRun> {
  const openMark = server.mark();
  const trigger = await firstVisible(page, OPEN, 1000);
  if (trigger) await page.locator(trigger).first().click();
  const input = await firstVisible(page, INPUT, 10_000);
  if (!input)
    throw new Error(
      trigger ? `clicked ${trigger} but no search input appeared` : 'no search trigger or input',
    );
  await server.settle(1000);
  const open = totals(server.since(openMark));
  const firstMark = server.mark();
  await page.locator(input).first().click();
  await page.keyboard.type(queries[0], { delay: 60 });
  const firstCount = await waitForResults(page, undefined);
  await server.settle(1000);
  const firstRecords = server.since(firstMark);
  const before = await firstResultText(page);
  const secondMark = server.mark();
  await page.locator(input).first().fill('');
  await page.keyboard.type(queries[1], { delay: 60 });
  const secondCount = await waitForResults(page, before);
  await server.settle(1000);
  const second = totals(server.since(secondMark));
  return {
    method: 'ui',
    queries,
    open,
    first: totals(firstRecords),
    second,
    firstSearch: totals(server.since(openMark).filter((record) => record.seq < secondMark)),
    results: [firstCount, secondCount],
  };
}

interface PagefindApi {
  init?: () => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
}

/**
 * Without a search UI (or when it cannot be driven), Pagefind's own API in the
 * page: import /pagefind/pagefind.js, init (WebAssembly and metadata), search,
 * and load the first five results, as Pagefind's default UI shows them.
 */
async function searchWithApi(
  page: Page,
  server: StaticServer,
  queries: [string, string],
  note: string,
): Promise<SearchRun> {
  const script = `${server.origin}/pagefind/pagefind.js`;
  const openMark = server.mark();
  await page.evaluate(async (src) => {
    const pagefind = (await import(src)) as PagefindApi;
    await pagefind.init?.();
    (window as unknown as { __pagefind: PagefindApi }).__pagefind = pagefind;
  }, script);
  await server.settle(500);
  const open = totals(server.since(openMark));
  const run = async (query: string): Promise<number> =>
    page.evaluate(async (q) => {
      const pagefind = (window as unknown as { __pagefind: PagefindApi }).__pagefind;
      const found = await pagefind.search(q);
      await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
      return found.results.length;
    }, query);
  const firstMark = server.mark();
  const firstCount = await run(queries[0]);
  await server.settle(500);
  const first = totals(server.since(firstMark));
  const secondMark = server.mark();
  const secondCount = await run(queries[1]);
  await server.settle(500);
  return {
    method: 'api',
    note,
    queries,
    open,
    first,
    second: totals(server.since(secondMark)),
    firstSearch: totals(server.since(openMark).filter((record) => record.seq < secondMark)),
    results: [firstCount, secondCount],
  };
}

/** Bytes fetched by a first and a second search, from a page loaded with an empty cache. */
export async function measureSearch(
  browser: Browser,
  server: StaticServer,
  path: string,
  queries: [string, string],
): Promise<SearchRun> {
  let note: string;
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(server.origin + path, { waitUntil: 'load' });
      await server.settle(1000);
      const run = await searchWithUi(page, server, queries);
      if (run.results[0] > 0) return run;
      note = `the search UI showed no results for "${queries[0]}"`;
    } catch (error) {
      note = `search UI not usable: ${(error as Error).message.split('\n')[0] ?? ''}`;
    } finally {
      await context.close();
    }
  }
  // The site's Content-Security-Policy may not allow a script the page did not ship to import pagefind.js.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    await server.settle(1000);
    return await searchWithApi(page, server, queries, note);
  } finally {
    await context.close();
  }
}

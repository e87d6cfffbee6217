import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { measurePageLoad, measureSearch, type PageLoad, type SearchRun, type Totals } from './browser.ts';
import type { StaticServer } from './server.ts';
import type { PageWeightRow } from './types.ts';

export const SEARCH_QUERIES: [string, string] = ['blkfront', 'migration'];

function addTotals(a: Totals, b: Totals): Totals {
  const byKind: Totals['byKind'] = structuredClone(a.byKind);
  for (const [name, entry] of Object.entries(b.byKind) as [
    keyof Totals['byKind'],
    NonNullable<Totals['byKind'][keyof Totals['byKind']]>,
  ][]) {
    const target = (byKind[name] ??= { requests: 0, rawBytes: 0, gzipBytes: 0 });
    target.requests += entry.requests;
    target.rawBytes += entry.rawBytes;
    target.gzipBytes += entry.gzipBytes;
  }
  return {
    requests: a.requests + b.requests,
    rawBytes: a.rawBytes + b.rawBytes,
    wireBytes: a.wireBytes + b.wireBytes,
    gzipBytes: a.gzipBytes + b.gzipBytes,
    byKind,
    entries: [...a.entries, ...b.entries],
  };
}

function row(label: string, load: PageLoad): PageWeightRow {
  return {
    label,
    path: load.url,
    totals: load.load,
    firstRoundTripGzip: load.firstRoundTripGzip,
    jsExecutedBytes: load.jsExecutedBytes,
    jsExecutedGzip: load.jsExecutedGzip,
    scripts: load.scripts,
    searchFetched: load.searchFetched,
  };
}

/** The pages of each type to weigh in a build of the real site. */
export function pagesToWeigh(dist: string, topics: readonly string[]): { label: string; path: string }[] {
  const topic = topics.includes('blkfront') ? 'blkfront' : topics[0];
  const changes = existsSync(join(dist, 'changes/base'))
    ? readdirSync(join(dist, 'changes/base')).sort()
    : [];
  const change = changes.includes('r286062') ? 'r286062' : changes[0];
  return [
    { label: 'home', path: '/' },
    ...(topic ? [{ label: 'topic', path: `/topics/${topic}/` }] : []),
    ...(change ? [{ label: 'change', path: `/changes/base/${change}/` }] : []),
    { label: 'changes list', path: '/changes/' },
    ...(existsSync(join(dist, 'search/index.html')) ? [{ label: 'search page', path: '/search/' }] : []),
  ];
}

/** Page weight per page type, then the search opened from the change page. */
export async function measureWeight(
  browser: Browser,
  server: StaticServer,
  pages: readonly { label: string; path: string }[],
): Promise<{ pages: PageWeightRow[]; search?: SearchRun }> {
  const rows: PageWeightRow[] = [];
  const loads = new Map<string, PageLoad>();
  for (const page of pages) {
    const load = await measurePageLoad(browser, server, page.path);
    loads.set(page.label, load);
    rows.push(row(page.label, load));
  }
  const change = loads.get('change');
  if (!change) return { pages: rows };
  const search = await measureSearch(browser, server, change.url, SEARCH_QUERIES);
  rows.push({ ...row('search: before opening', change) });
  rows.push({
    label: 'search: after opening',
    path: change.url,
    totals: addTotals(change.load, search.open),
  });
  rows.push({
    label: `search: after first query (“${SEARCH_QUERIES[0]}”)`,
    path: change.url,
    totals: addTotals(change.load, search.firstSearch),
  });
  return { pages: rows, search };
}

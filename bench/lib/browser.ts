import type { Browser, Page } from 'playwright-core';
import type { ServedRequest, StaticSite } from '../../scripts/lib/static-server.ts';
import type { SiteKind } from './sites.ts';

export const QUERIES = ['blkfront', 'migration'] as const;

export interface SearchRun {
  /** 'ui': the site's own search dialog, driven as a reader would; 'api': pagefind.js called in the page. */
  method: 'ui' | 'api';
  /** Opening search plus the first query: bytes on the wire, and each request. */
  first: { bytes: number; requests: { path: string; bytes: number }[] };
  second: { bytes: number; requests: { path: string; bytes: number }[] };
  results: [number, number];
}

/** How to drive each site's search: its opener, input and result rows. */
const UI: Partial<Record<SiteKind, { open: string; input: string; result: string }>> = {
  ours: { open: '[data-search-open]', input: '[data-search-input]', result: '[data-search-results] > li' },
  starlight: {
    open: 'site-search [data-open-modal]',
    input: '.pagefind-ui__search-input',
    result: '.pagefind-ui__result',
  },
};

const part = (requests: readonly ServedRequest[]): SearchRun['first'] => ({
  bytes: requests.reduce((sum, request) => sum + request.bytes, 0),
  requests: requests.map(({ path, bytes }) => ({ path, bytes })),
});

/** Result rows, once their count has stopped changing for 500 ms (or after 15 s). */
async function settledCount(page: Page, selector: string, before: string): Promise<number> {
  const deadline = Date.now() + 15_000;
  let count = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const rows = page.locator(selector);
    const now = await rows.count();
    const first = now > 0 ? ((await rows.first().textContent()) ?? '') : '';
    if (now !== count || first === before) [count, since] = [now, Date.now()];
    else if (now > 0 && Date.now() - since > 500) return now;
    await page.waitForTimeout(100);
  }
  return count;
}

/**
 * From a change page loaded with an empty cache: the bytes a first search
 * costs (opening it and typing the first query) and a second query's.
 * Sites without a search UI (the floor) get Pagefind's API in the page,
 * showing five results as Pagefind's own UI does.
 */
export async function measureSearch(
  browser: Browser,
  site: StaticSite,
  path: string,
  kind: SiteKind,
): Promise<SearchRun> {
  const context = await browser.newContext({ bypassCSP: !UI[kind] });
  const page = await context.newPage();
  try {
    await page.goto(site.origin + path, { waitUntil: 'load' });
    await site.settle();
    const ui = UI[kind];
    const counts: number[] = [];
    const marks = [site.mark()];
    if (ui) {
      await page.click(ui.open);
      for (const query of QUERIES) {
        const before =
          (await page
            .locator(ui.result)
            .first()
            .textContent({ timeout: 100 })
            .catch(() => '')) ?? '';
        await page.fill(ui.input, '');
        await page.locator(ui.input).pressSequentially(query, { delay: 50 });
        counts.push(await settledCount(page, ui.result, before));
        await site.settle();
        marks.push(site.mark());
      }
    } else {
      await page.evaluate(async (url) => {
        const pagefind = (await import(url)) as { init(): Promise<void> };
        await pagefind.init();
        Object.assign(window, { pagefind });
      }, `${site.origin}/pagefind/pagefind.js`);
      for (const query of QUERIES) {
        counts.push(
          await page.evaluate(async (q) => {
            const { pagefind } = window as unknown as {
              pagefind: { search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
            };
            const { results } = await pagefind.search(q);
            await Promise.all(results.slice(0, 5).map((result) => result.data()));
            return results.length;
          }, query),
        );
        await site.settle();
        marks.push(site.mark());
      }
    }
    const between = (from = 0, to = 0): ServedRequest[] =>
      site.requests
        .filter((request) => request.seq >= from && request.seq < to)
        .sort((a, b) => a.seq - b.seq);
    return {
      method: ui ? 'ui' : 'api',
      first: part(between(marks[0], marks[1])),
      second: part(between(marks[1], marks[2])),
      results: [counts[0] ?? 0, counts[1] ?? 0],
    };
  } finally {
    await context.close();
  }
}

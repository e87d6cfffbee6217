import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE_BUILD, BASE_PATH, ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { CHANGE_INDEX } from '../../src/lib/search/change-index.ts';
import { useBrowser, useSite } from './chromium.ts';

const chromium = useBrowser();

const SEARCH_FILES = /\/(pagefind\/|_astro\/search\.)/;

describe.each([
  ['at /', ROOT_BUILD, '/'],
  [`under ${BASE_PATH}`, BASE_BUILD, BASE_PATH],
])('search in Chromium, site built %s', (_, dir, base) => {
  const served = useSite(dir, base);
  let page: Page;
  let requests: string[];

  async function open(path: string): Promise<void> {
    page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${served.site.url}${path}`);
  }

  const results = (): Promise<string[]> =>
    page.$$eval('#dialog-search-results a', (links) => links.map((link) => link.getAttribute('href') ?? ''));

  it('fetches no search code, index or WebAssembly before the reader opens search', async () => {
    await open('topics/blkfront/');
    // Loaded, and idle: whatever the page fetches on its own has been asked for.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 2000 })));
    expect(requests.filter((url) => SEARCH_FILES.test(url) || url.endsWith('.wasm'))).toEqual([]);
    await page.close();
  });

  it('opens with "/", finds as the reader types, and moves through results with the arrow keys', async () => {
    await open('topics/blkfront/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
    await page.keyboard.type('multiqueue');
    await page.waitForSelector('#dialog-search-results li');
    expect(await page.textContent('[data-search-status]')).toMatch(/\d+ results? for “multiqueue”/);
    // The topic that covers multiqueue first, then the change that brought it.
    expect((await results()).slice(0, 2)).toEqual([
      `${base}topics/netfront/`,
      `${base}changes/base/r294442/`,
    ]);
    expect(requests.some((url) => SEARCH_FILES.test(url))).toBe(true);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      `${base}topics/netfront/`,
    );
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toBe((await results())[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await Promise.all([
      page.waitForURL(`${served.site.url}changes/base/r294442/`),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.textContent('h1')).toMatch(/r294442/);
    await page.close();
  });

  it('opens with Ctrl+K or Cmd+K and closes with Escape or its close button', async () => {
    await open('changes/');
    await page.keyboard.press('Control+k');
    expect(await page.isVisible('#search-dialog')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#search-dialog')).toBe(false);
    await page.keyboard.press('Meta+k');
    expect(await page.isVisible('#search-dialog')).toBe(true);
    await page.click('#search-dialog button:has-text("Close")');
    expect(await page.isVisible('#search-dialog')).toBe(false);
    await page.close();
  });

  it('narrows results with a filter', async () => {
    await open('');
    await page.click('[data-search-open]');
    await page.fill('#dialog-search-input', 'netfront');
    await page.waitForSelector('#dialog-search-results li');
    await page.click('#search-dialog summary');
    await page.selectOption('#search-dialog select[data-filter="kind"]', 'Glossary');
    await page.waitForFunction(() => {
      const kinds = [...document.querySelectorAll('#dialog-search-results .search-result-kind')];
      return kinds.length > 0 && kinds.every((kind) => kind.textContent === 'Glossary');
    });
    const hrefs = await results();
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href.startsWith(`${base}glossary/#`)).toBe(true);
    expect(await page.textContent('[data-search-status]')).toMatch(/with the chosen filters/);
    await page.close();
  });

  it('answers a linked query on /search/?q= with the change first, by bare revision number', async () => {
    await open('search/?q=294442');
    await page.waitForSelector('#page-search-results li');
    const first = await page.$eval('#page-search-results a', (link) => link.getAttribute('href'));
    expect(first).toBe(`${base}changes/base/r294442/`);
    expect(
      await page.$eval('#page-search-results .search-result-rev', (element) => element.textContent),
    ).toBe('r294442');
    await page.fill('#page-search-input', 'r398918');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('q') === 'r398918');
    await page.waitForFunction(
      (expected) => document.querySelector('#page-search-results a')?.getAttribute('href') === expected,
      `${base}changes/ports/r398918/`,
    );
    await page.close();
  });
});

describe('search with a change index too large to load up front', () => {
  // The real site's change index is small and joins at once; this serves its entry file with a
  // record count over the limit (src/lib/search/change-index.ts), as a site with an archive of
  // that size has, and the UI must then load it only when a search needs it.
  const records = CHANGE_INDEX.eagerUpTo + 1;
  const served = useSite();
  let page: Page;
  let requests: string[];

  async function open(path: string): Promise<void> {
    page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.route(`**/${CHANGE_INDEX.path}pagefind-entry.json*`, async (route) => {
      const entry = await (await route.fetch()).text();
      await route.fulfill({
        body: entry.replace(/"page_count":\s*\d+/, `"page_count":${String(records)}`),
        contentType: 'application/json',
      });
    });
    await page.goto(`${served.site.url}${path}`);
  }

  const changeIndexFiles = (): string[] =>
    requests.filter(
      (path) => path.startsWith(`/${CHANGE_INDEX.path}`) && !path.endsWith('pagefind-entry.json'),
    );
  const results = (): Promise<string[]> =>
    page.$$eval('#dialog-search-results a', (links) => links.map((link) => link.getAttribute('href') ?? ''));

  it('searches the pages first and offers the change records, which join when the reader asks', async () => {
    await open('topics/blkfront/');
    await page.keyboard.press('/');
    await page.keyboard.type('multiqueue');
    await page.waitForSelector('#dialog-search-results li');
    expect((await results())[0]).toBe('/topics/netfront/');
    expect((await results()).filter((href) => href.startsWith('/changes/'))).toEqual([]);
    expect(changeIndexFiles()).toEqual([]);
    const offer = page.locator('#search-dialog [data-search-changes]');
    expect(await offer.textContent()).toBe(`Search the ${records.toLocaleString('en')} change records too`);

    await offer.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#dialog-search-results a')].some(
        (link) => link.getAttribute('href') === '/changes/base/r294442/',
      ),
    );
    expect(changeIndexFiles().length).toBeGreaterThan(0);
    expect(await offer.isVisible()).toBe(false);
    await page.close();
  });

  it('loads the change records at once for a query that names a commit', async () => {
    await open('');
    await page.click('[data-search-open]');
    await page.fill('#dialog-search-input', 'r294442');
    await page.waitForFunction(
      () =>
        document.querySelector('#dialog-search-results a')?.getAttribute('href') === '/changes/base/r294442/',
    );
    expect(changeIndexFiles().length).toBeGreaterThan(0);
    await page.close();
  });

  it('loads the change records with the filters, which list their values too', async () => {
    await open('');
    await page.click('[data-search-open]');
    await page.click('#search-dialog summary');
    await page.waitForFunction(() =>
      [
        ...document.querySelectorAll<HTMLOptionElement>('#search-dialog select[data-filter="kind"] option'),
      ].some((option) => option.value === 'Change'),
    );
    expect(changeIndexFiles().length).toBeGreaterThan(0);
    await page.close();
  });
});

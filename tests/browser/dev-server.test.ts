import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startDevServer, type DevServer } from '../../scripts/lib/dev-server.ts';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { useBrowser } from './chromium.ts';

/**
 * The maintainer's loop: `npm run dev` follows content/ as it changes, with
 * no restart. A record added, edited, broken, fixed, renamed and deleted
 * while the server runs is picked up; a broken one shows Astro's error
 * overlay with its file and line until it is fixed. The site is the made-up
 * one of tests/fixtures/site/: small, so the server answers at once.
 */
const RECORD = 'content/changes/base/r999001.md';
const RECORD_TEXT = [
  '---',
  'title: A record added while the dev server runs',
  'topics: [alpha]',
  'sources: [talk]',
  'verified: false',
  '---',
  '',
  'The first body.',
  '',
].join('\n');

let copy: ProjectCopy;
let server: DevServer;
let page: Page;

beforeAll(async () => {
  copy = new ProjectCopy(undefined, { content: FIXTURE_SITE });
  server = await startDevServer(copy.dir);
}, 120_000);

afterAll(async () => {
  await server.stop();
  copy.remove();
});

const chromium = useBrowser();

beforeAll(async () => {
  page = await chromium.browser.newPage();
});

/** Asks the dev server for a page until `ready` holds for its HTML: the server applies a change within a moment. */
async function until(path: string, ready: (html: string) => boolean, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const html = await (await fetch(`${server.url}${path.slice(1)}`)).text();
    if (ready(html)) return;
    if (performance.now() - started > timeoutMs)
      throw new Error(`${path} never became ready; the server printed:\n${server.output()}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Opens a page in Chromium until Vite's error overlay, which Astro's dev server shows for an error, holds `text`. */
async function overlayShows(path: string, text: string, timeoutMs = 10_000): Promise<void> {
  const started = performance.now();
  for (;;) {
    await page.goto(`${server.url}${path.slice(1)}`, { waitUntil: 'domcontentloaded' });
    const shown = await page
      .waitForFunction(
        () => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '',
        undefined,
        { timeout: 2_000 },
      )
      .then(async (handle) => String(await handle.jsonValue()))
      .catch(() => '');
    if (shown.includes(text)) return;
    if (performance.now() - started > timeoutMs)
      throw new Error(`${path} never showed ${text}; the overlay said: ${shown}`);
  }
}

const contains = (text: string) => (html: string) => html.includes(text);

describe('npm run dev', () => {
  it('serves a record added while it runs, and links it from a topic that names it', async () => {
    copy.write(RECORD, RECORD_TEXT);
    await until('/changes/base/r999001/', contains('A record added while the dev server runs'));
    copy.edit('content/topics/alpha.mdx', (text) => `${text}\n\nA later change: r999001.\n`);
    await until('/topics/alpha/', contains('href="https://svnweb.freebsd.org/changeset/base/999001"'));
  });

  it('shows an edit of a record', async () => {
    copy.edit(RECORD, (text) => text.replace('The first body.', 'The edited body.'));
    await until('/changes/base/r999001/', contains('The edited body.'));
  });

  it('shows an invalid record in the error overlay, with its file and line, and recovers when it is fixed', async () => {
    copy.edit(RECORD, (text) => text.replace('verified: false', 'verified: maybe'));
    await overlayShows(
      '/changes/base/r999001/',
      'content/changes/base/r999001.md:5:11: verified: expected true or false (found "maybe")',
    );
    copy.edit(RECORD, (text) => text.replace('verified: maybe', 'verified: false'));
    await until('/changes/base/r999001/', contains('The edited body.'));
  });

  it('follows a record renamed to another revision, and stops on the reference left without a record', async () => {
    copy.write('content/changes/base/r999002.md', copy.read(RECORD));
    copy.delete(RECORD);
    await until('/changes/base/r999002/', contains('The edited body.'));
    await overlayShows('/topics/alpha/', 'r999001 has no record');
    copy.edit('content/topics/alpha.mdx', (text) => text.replace('r999001', 'r999002'));
    await until('/topics/alpha/', contains('href="https://svnweb.freebsd.org/changeset/base/999002"'));
  });

  it('drops a deleted record', async () => {
    copy.edit('content/topics/alpha.mdx', (text) => text.replace('\n\nA later change: r999002.\n', ''));
    copy.delete('content/changes/base/r999002.md');
    await until(
      '/changes/',
      (html) => html.includes('<main') && !html.includes('href="/changes/base/r999002/"'),
    );
  });
});

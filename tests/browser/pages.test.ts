import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { launch } from '../../scripts/lib/chromium.ts';
import { serve, type StaticSite } from '../../scripts/lib/static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = 'test-output/screenshots';

/** One page of each type a reader meets. */
const PAGE_TYPES = [
  ['home', ''],
  ['topic', 'topics/blkfront/'],
  ['change', 'changes/base/r286062/'],
  ['changes list', 'changes/'],
  ['glossary', 'glossary/'],
  ['search with results', 'search/?q=netfront'],
  ['404', 'no-such-page/'],
] as const;

type Scheme = 'light' | 'dark';

interface Axe {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launch();
  site = await serve(ROOT_BUILD);
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

/** Opens a page, recording CSP violations, console errors and every request it makes. */
async function visit(path: string, options: { width?: number; scheme?: Scheme } = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
  });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('404 (Not Found)'))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(`${site.url}${path}`);
  if (path.startsWith('search/')) await page.waitForSelector('#page-search-results li');
  const violations = (): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, context, requests, errors, violations };
}

describe.each(PAGE_TYPES)('the %s page in Chromium', (type, path) => {
  it.each<Scheme>(['light', 'dark'])(
    'has no WCAG 2.2 A or AA violations found by axe-core, %s theme',
    async (scheme) => {
      const { page, context } = await visit(path, { scheme });
      await page.evaluate(AXE_SOURCE);
      const result = await page.evaluate(() =>
        (window as unknown as { axe: Axe }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        }),
      );
      const found = result.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      await context.close();
      expect(found).toEqual([]);
    },
  );

  it.each([360, 1280])(
    'does not overflow horizontally at %i px, and is photographed in both themes',
    async (width) => {
      for (const scheme of ['light', 'dark'] as const) {
        const { page, context } = await visit(path, { width, scheme });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        await page.screenshot({
          path: `${SCREENSHOTS}/${type.replaceAll(' ', '-')}-${String(width)}-${scheme}.png`,
          fullPage: true,
        });
        await context.close();
        expect(overflow, `${scheme} theme`).toBeLessThanOrEqual(0);
      }
    },
  );

  it('runs with zero CSP violations and no script errors, and requests nothing from another origin', async () => {
    const { page, context, requests, errors, violations } = await visit(path);
    await page.keyboard.press('/');
    await page.keyboard.type('grant');
    await page.waitForSelector('.search-results li');
    const found = await violations();
    await context.close();
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
  });

  it('prints only the content', async () => {
    const { page, context } = await visit(path);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      ['.site-header', '#sidebar', '.toc', '.site-footer', '.page-nav', '.breadcrumbs', '.skip-link']
        .flatMap((selector) => [...document.querySelectorAll(selector)])
        .filter((element) => getComputedStyle(element).display !== 'none')
        .map((element) => element.className || element.id),
    );
    const main = await page.evaluate(
      () => getComputedStyle(document.querySelector('main') as Element).display,
    );
    await context.close();
    expect(shown).toEqual([]);
    expect(main).not.toBe('none');
  });
});

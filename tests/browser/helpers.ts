import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { readPages, type BuiltPage } from '../../scripts/lib/dist.ts';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';

export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Every page of dist/ as the path a reader opens, such as `topics/blkfront/` (the 404 page as `no-such-page/`). */
export const ALL_PAGES: readonly string[] = readPages().map(({ file }) =>
  file === '404.html' ? 'no-such-page/' : file.replace(/index\.html$/, ''),
);

/**
 * One page of each page type among the given pages (src/lib/page-types.ts),
 * and of each folder of other pages (`changes/topic`, `support`), as paths a
 * reader opens: for what needs a browser per layout, where a test over dist/
 * covers every page.
 */
export function onePerType(pages: readonly BuiltPage[]): string[] {
  const chosen = new Map<string, string>();
  for (const { file } of pages) {
    const type = Object.entries(PAGE_TYPES).find(([, pageType]) => pageType.page.test(file))?.[0];
    const key = type ?? file.split('/').slice(0, 2).join('/');
    if (!chosen.has(key)) chosen.set(key, file.replace(/index\.html$/, ''));
  }
  return [...chosen.values()];
}

/** The axe-core rule sets the site meets: WCAG 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Axe {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Requests the page made, as URLs. */
  requests: string[];
  /** Script errors and console errors (a missing page's own 404 aside). */
  errors: string[];
  /** CSP violations: securitypolicyviolation events and the console's CSP messages. */
  violations(): Promise<string[]>;
}

/**
 * Records what a page reports: script and console errors (a missing page's own
 * 404 aside), CSP violations as events and as console messages, and, when
 * given, every request. `reset()` starts over for the next page load.
 */
async function watch(page: Page, requests?: string[]) {
  let errors: string[] = [];
  let cspMessages: string[] = [];
  if (requests) page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[ -]Security[ -]Policy/i.test(text)) cspMessages.push(text);
    else if (message.type() === 'error' && !text.includes('404 (Not Found)')) errors.push(text);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
  return {
    /** The error list itself, which keeps filling until the next reset. */
    errors: () => errors,
    violations: async (): Promise<string[]> => [
      ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
      ...cspMessages,
    ],
    reset: () => {
      errors = [];
      cspMessages = [];
    },
  };
}

/**
 * Opens a page and waits for its load event, recording CSP violations,
 * console errors and every request it makes.
 */
export async function visit(
  browser: Browser,
  url: string,
  options: { width?: number; height?: number; scheme?: Scheme; context?: BrowserContextOptions } = {},
): Promise<Visit> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    colorScheme: options.scheme ?? 'light',
    ...options.context,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const watcher = await watch(page, requests);
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, requests, errors: watcher.errors(), violations: watcher.violations };
}

/**
 * One page kept open and sent from page to page, for checks over many pages:
 * `open()` returns what that page load alone produced.
 */
export async function tab(browser: Browser, options: { width: number; scheme: Scheme }) {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    colorScheme: options.scheme,
  });
  const page = await context.newPage();
  const watcher = await watch(page);
  const found = async () => ({ violations: await watcher.violations(), errors: watcher.errors() });
  return {
    page,
    close: () => context.close(),
    /** Loads a page in the tab's own scheme. */
    async open(url: string) {
      watcher.reset();
      await page.emulateMedia({ colorScheme: options.scheme });
      await page.goto(url, { waitUntil: 'load' });
      return found();
    },
    /** Switches the loaded page to another scheme, as a reader's system would; what the page has produced since it loaded. */
    async switchTo(scheme: Scheme) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      return found();
    },
  };
}

/** axe-core's findings on the page as `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: Axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        // Only the findings: collecting every passing node costs several times as long.
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  );
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** How far the page scrolls sideways (0 when it fits). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

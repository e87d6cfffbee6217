import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMES, axeViolations, overflow, visit } from './helpers.ts';
import { useChromium } from './chromium.ts';

const SCREENSHOTS = 'test-output/screenshots';

/** One page of each type a reader meets, with each kind of figure and table. */
const PAGE_TYPES = [
  ['home', ''],
  ['topic', 'topics/blkfront/'],
  ['topic with code', 'topics/dom0-setup/'],
  ['topic with diagrams', 'topics/architecture/'],
  ['topic with a chart', 'topics/scalability/'],
  ['topic with the guest-support table', 'topics/guest-support/'],
  ['topic with the spectrum table', 'topics/virtualization-modes/'],
  ['change', 'changes/base/r286062/'],
  ['changes list', 'changes/'],
  ['changes of a topic', 'changes/topic/blkfront/'],
  ['release', 'releases/11.0/'],
  ['releases timeline', 'releases/'],
  ['support matrix', 'support/'],
  ['advisory', 'advisories/FreeBSD-SA-21-06.xen/'],
  ['advisories list', 'advisories/'],
  ['person', 'people/royger/'],
  ['people list', 'people/'],
  ['glossary', 'glossary/'],
  ['about', 'about/'],
  ['search with results', 'search/?q=netfront'],
  ['404', 'no-such-page/'],
] as const;

/** A phone, a tablet and a desktop. */
const WIDTHS = [360, 768, 1280] as const;

const chromium = useChromium();

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

/**
 * Where axe-core runs here: at 360 px. every-page.test.ts runs it on every page
 * at 1280 px in both themes, and 768 px has the 360 px layout (the sidebar
 * folds away below 50rem), so a run there would find what the 360 px run finds.
 */
const AXE_WIDTH = 360;

describe.each(PAGE_TYPES)('the %s page in Chromium', (type, path) => {
  it.each(WIDTHS)(
    'at %i px: no sideways scrolling in either theme, no axe-core finding at 360 px; photographed',
    async (width) => {
      for (const scheme of SCHEMES) {
        const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`, {
          width,
          scheme,
        });
        if (path.startsWith('search/')) await page.waitForSelector('#page-search-results li');
        const found = {
          axe: width === AXE_WIDTH ? await axeViolations(page) : [],
          overflow: await overflow(page),
        };
        await page.screenshot({
          path: `${SCREENSHOTS}/${type.replaceAll(' ', '-')}-${String(width)}-${scheme}.png`,
          fullPage: true,
        });
        await context.close();
        expect(found, `${scheme} theme`).toEqual({ axe: [], overflow: 0 });
      }
    },
  );

  it('runs search with zero CSP violations and no script errors, and requests nothing from another origin', async () => {
    const { page, context, requests, errors, violations } = await visit(
      chromium.browser,
      `${chromium.site.url}${path}`,
    );
    await page.keyboard.press('/');
    await page.keyboard.type('grant');
    await page.waitForSelector('.search-results li');
    const found = await violations();
    await context.close();
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(chromium.site.origin))).toEqual([]);
  });

  it('prints only the content', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      [
        '.site-header',
        '#sidebar',
        '.toc',
        '.toc-inline',
        '.site-footer',
        '.page-nav',
        '.breadcrumbs',
        '.skip-link',
      ]
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

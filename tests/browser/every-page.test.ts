import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { launch } from '../../scripts/lib/chromium.ts';
import { serve, type StaticSite } from '../../scripts/lib/static-server.ts';
import { ALL_PAGES, SCHEMES, axeViolations, overflow, tab } from './helpers.ts';

let browser: Browser;
let site: StaticSite;

beforeAll(async () => {
  browser = await launch();
  site = await serve(ROOT_BUILD);
});
afterAll(async () => {
  await browser.close();
  await site.close();
});

/**
 * Every HTML file of dist/, not a sample of page types, in both themes: at
 * 1280 px with axe-core, and at 360 px for sideways scrolling (axe-core also
 * runs at 360 px on each page type, in pages.test.ts). Both widths load at once.
 */
describe.each(SCHEMES)('every built page in Chromium, %s theme', (scheme) => {
  let wide: Awaited<ReturnType<typeof tab>>;
  let narrow: Awaited<ReturnType<typeof tab>>;
  beforeAll(async () => {
    [wide, narrow] = await Promise.all([
      tab(browser, { width: 1280, scheme }),
      tab(browser, { width: 360, scheme }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([wide.close(), narrow.close()]);
  });

  it.each(ALL_PAGES)(
    '%s: no CSP violation or script error, no axe-core finding, no sideways scrolling at 360 px',
    async (path) => {
      const url = `${site.url}${path}`;
      const [atWide, atNarrow] = await Promise.all([wide.open(url), narrow.open(url)]);
      expect({
        wide: { ...atWide, axe: await axeViolations(wide.page) },
        narrow: { ...atNarrow, overflow: await overflow(narrow.page) },
      }).toEqual({
        wide: { violations: [], errors: [], axe: [] },
        narrow: { violations: [], errors: [], overflow: 0 },
      });
    },
  );
});

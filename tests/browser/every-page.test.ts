import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_PAGES, axeViolations, overflow, tab } from './helpers.ts';
import { useChromium } from './chromium.ts';

const chromium = useChromium();

/**
 * Every HTML file of dist/, not a sample of page types, in both themes: at
 * 1280 px with axe-core, and at 360 px for sideways scrolling (axe-core also
 * runs at 360 px on each page type, in pages.test.ts). Both widths load at
 * once, in the light theme; then both switch to dark, as a reader's system
 * would, and every check runs again on the same pages.
 */
describe('every built page in Chromium', () => {
  let wide: Awaited<ReturnType<typeof tab>>;
  let narrow: Awaited<ReturnType<typeof tab>>;
  beforeAll(async () => {
    [wide, narrow] = await Promise.all([
      tab(chromium.browser, { width: 1280, scheme: 'light' }),
      tab(chromium.browser, { width: 360, scheme: 'light' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([wide.close(), narrow.close()]);
  });

  const bodyBackground = () => wide.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it.each(ALL_PAGES)(
    '%s, light and dark: no CSP violation or script error, no axe-core finding, no sideways scrolling at 360 px',
    async (path) => {
      const url = `${chromium.site.url}${path}`;
      const results: Record<string, unknown> = {};
      const [lightWide, lightNarrow] = await Promise.all([wide.open(url), narrow.open(url)]);
      const lightBackground = await bodyBackground();
      results['light'] = {
        wide: { ...lightWide, axe: await axeViolations(wide.page) },
        narrow: { ...lightNarrow, overflow: await overflow(narrow.page) },
      };
      const [darkWide, darkNarrow] = await Promise.all([wide.switchTo('dark'), narrow.switchTo('dark')]);
      const darkBackground = await bodyBackground();
      results['dark'] = {
        wide: { ...darkWide, axe: await axeViolations(wide.page) },
        narrow: { ...darkNarrow, overflow: await overflow(narrow.page) },
      };
      const clean = {
        wide: { violations: [], errors: [], axe: [] },
        narrow: { violations: [], errors: [], overflow: 0 },
      };
      expect(results).toEqual({ light: clean, dark: clean });
      // The switch took: the page is drawn in the other theme.
      expect(darkBackground).not.toBe(lightBackground);
    },
  );
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPages } from '../../scripts/lib/dist.ts';
import { longPage } from '../site/long-pages.ts';
import { readFileSync } from 'node:fs';
import { SCHEMES, onePerType, visit, type Scheme } from './helpers.ts';
import { useChromium } from './chromium.ts';

const chromium = useChromium();

/** A phone with a touch screen and no fine pointer. */
const PHONE = { width: 360, height: 800, context: { hasTouch: true, isMobile: true } } as const;

/** One page of each page type (or list folder) that shows a change table (src/components/ChangeTable.astro). */
const CHANGE_LISTS = onePerType(readPages().filter(({ html }) => html.includes('<table class="changes')));

describe('change lists', () => {
  it('are found on the list of all changes, topics and releases', () => {
    expect(CHANGE_LISTS).toContain('changes/');
    for (const folder of ['topics/', 'releases/', 'changes/topic/'])
      expect(
        CHANGE_LISTS.some((path) => path.startsWith(folder)),
        folder,
      ).toBe(true);
  });

  it.each(CHANGE_LISTS)(
    'on %s are stacked rows at 360 px, each title on a full-width line, and a table at 1280 px',
    async (path) => {
      const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`, { width: 360 });
      const rows = await page.$$eval('table.changes tbody tr', (trs) =>
        trs.map((tr) => {
          const title = tr.children[2] as HTMLElement;
          return {
            row: tr.getBoundingClientRect().width,
            title: title.getBoundingClientRect().width,
            display: getComputedStyle(tr).display,
          };
        }),
      );
      const scroller = await page.$eval(
        '.changes-scroll',
        (element) => element.scrollWidth - element.clientWidth,
      );
      await context.close();
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.display).toBe('grid');
        expect(row.title).toBeGreaterThanOrEqual(row.row * 0.95);
      }
      expect(scroller).toBe(0);

      const wide = await visit(chromium.browser, `${chromium.site.url}${path}`, { width: 1280 });
      const display = await wide.page.$eval('table.changes', (table) => getComputedStyle(table).display);
      const header = await wide.page.isVisible('table.changes thead');
      await wide.context.close();
      expect(display).toBe('table');
      expect(header).toBe(true);
    },
  );
});

describe('matrix tables at 360 px', () => {
  it.each(['topics/guest-support/', 'topics/virtualization-modes/'])(
    'on %s keep the first column in view while scrolling, under a visible cue',
    async (path) => {
      const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`, PHONE);
      const cue = {
        hint: await page.isVisible('.matrix-hint'),
        fade: await page.isVisible('.matrix-fade'),
      };
      const before = await page.$eval('.matrix .table-scroll', (scroller) => ({
        scrolls: scroller.scrollWidth > scroller.clientWidth,
        left: scroller.getBoundingClientRect().left,
      }));
      await page.$eval('.matrix .table-scroll', (scroller) => scroller.scrollBy(200, 0));
      await page.waitForFunction(
        () => (document.querySelector('.matrix .table-scroll')?.scrollLeft ?? 0) > 0,
      );
      const first = await page.$$eval('.matrix tbody th, .matrix thead th:first-child', (cells) =>
        cells.map((cell) => Math.round(cell.getBoundingClientRect().left)),
      );
      const caption = await page.$eval('.matrix caption', (element) => element.getBoundingClientRect().left);
      await context.close();
      expect(cue).toEqual({ hint: true, fade: true });
      expect(before.scrolls).toBe(true);
      for (const left of first) expect(left).toBe(Math.round(before.left));
      expect(Math.round(caption)).toBe(Math.round(before.left));
    },
  );

  it.each([360, 560, 600, 640, 768, 820, 840, 872, 900, 1024, 1160, 1166, 1280])(
    'show the cue at %i px exactly when the table is wider than its column',
    async (width) => {
      const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/guest-support/`, {
        width,
      });
      const found = await page.$eval('.matrix', (matrix) => {
        const scroller = matrix.querySelector('.table-scroll') as HTMLElement;
        const table = matrix.querySelector('table') as HTMLElement;
        return {
          overflows: table.getBoundingClientRect().width > scroller.getBoundingClientRect().width + 1,
          cue: getComputedStyle(matrix.querySelector('.matrix-hint') as Element).display !== 'none',
        };
      });
      await context.close();
      expect(found.cue).toBe(found.overflows);
    },
  );

  it('show no scroll cue where the table fits (1280 px)', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/guest-support/`);
    const cue = { hint: await page.isVisible('.matrix-hint'), fade: await page.isVisible('.matrix-fade') };
    await context.close();
    expect(cue).toEqual({ hint: false, fade: false });
  });
});

/** What a reader sees of each figure: the size of its text, and its link to the full-size file. */
async function figures(page: Page) {
  return page.$$eval('.figure', (all) =>
    all.map((figure) => {
      const svg = figure.querySelector('svg') as SVGSVGElement;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text')].map(
        (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
      );
      const full = figure.querySelector<HTMLAnchorElement>('a.figure-full');
      return {
        id: figure.id,
        smallestText: Math.min(...sizes),
        full: full && full.getClientRects().length > 0 ? full.href : null,
      };
    }),
  );
}

describe('figures', () => {
  it.each(['topics/architecture/', 'topics/netfront/', 'topics/scalability/'])(
    'on %s keep labels of 12 px or more at 360 px, and link their full-size SVG',
    async (path) => {
      const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`, PHONE);
      const found = await figures(page);
      const files = await Promise.all(
        found.map(async ({ full }) => {
          const response = full ? await context.request.get(full) : undefined;
          return {
            status: response?.status(),
            type: response?.headers()['content-type'],
            svg: /^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/.test(
              (await response?.text()) ?? '',
            ),
          };
        }),
      );
      await context.close();
      expect(found.length).toBeGreaterThan(0);
      for (const figure of found) {
        expect(figure.smallestText, figure.id).toBeGreaterThanOrEqual(12);
        expect(figure.full, figure.id).toMatch(/\/figures\/[a-z0-9-]+\.svg$/);
      }
      for (const file of files) expect(file).toEqual({ status: 200, type: 'image/svg+xml', svg: true });
      // Each file parses as SVG and shows its figure, with its colours, in the chromium.browser.
      for (const { full } of found) {
        const opened = await visit(chromium.browser, full ?? '', { scheme: 'dark' });
        const shown = await opened.page.evaluate(() => ({
          root: document.documentElement.localName,
          errors: document.getElementsByTagName('parsererror').length,
          texts: document.querySelectorAll('text').length,
          fill: getComputedStyle(document.querySelector('text') as Element).fill,
        }));
        await opened.context.close();
        expect(shown, full ?? '').toEqual({
          root: 'svg',
          errors: 0,
          texts: expect.any(Number),
          fill: 'rgb(230, 237, 243)',
        });
        expect(shown.texts).toBeGreaterThan(3);
      }
    },
  );

  /** The colours each part of a figure or table must have, light and dark (src/styles/tokens.css). */
  const COLOURS: [path: string, selector: string, property: string, light: string, dark: string][] = [
    ['topics/architecture/', '.dg-freebsd', 'fill', 'rgb(253, 226, 225)', 'rgb(76, 29, 29)'],
    ['topics/architecture/', '.dg-xen', 'stroke-dasharray', '8px, 5px', '8px, 5px'],
    ['topics/architecture/', '.dg-hw', 'fill', 'rgb(229, 231, 235)', 'rgb(48, 54, 61)'],
    ['topics/scalability/', '.chart-bar', 'fill', 'rgb(11, 87, 194)', 'rgb(108, 182, 255)'],
    ['topics/netfront/', '.chart-bar', 'fill', 'rgb(11, 87, 194)', 'rgb(108, 182, 255)'],
    ['topics/virtualization-modes/', '.cell-vs', 'background-color', 'rgb(254, 226, 226)', 'rgb(76, 29, 29)'],
    ['topics/virtualization-modes/', '.cell-pv', 'background-color', 'rgb(254, 243, 199)', 'rgb(77, 59, 10)'],
    ['topics/guest-support/', '.guest-support td.yes', 'color', 'rgb(17, 99, 41)', 'rgb(86, 211, 100)'],
    ['topics/guest-support/', '.guest-support td.no', 'color', 'rgb(164, 14, 38)', 'rgb(255, 129, 130)'],
  ];

  it.each(SCHEMES)('and tables show their intended colours, %s theme', async (scheme: Scheme) => {
    for (const [path, selector, property, light, dark] of COLOURS) {
      const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`, { scheme });
      const value = await page.$eval(
        selector,
        (element, name) => getComputedStyle(element).getPropertyValue(name),
        property,
      );
      await context.close();
      expect(value, `${path} ${selector} ${property}`).toBe(scheme === 'light' ? light : dark);
    }
  });
});

/**
 * Pages with three sections or more, one of each page type: every such page
 * offers "On this page" (tests/site/pages.test.ts checks them all in dist/);
 * here a browser shows where it appears at each width.
 */
const LONG_PAGES = onePerType(readPages().filter(({ html }) => longPage(html)));

describe('On this page', () => {
  it('is shown on a page of each type with three sections or more', () => {
    expect(LONG_PAGES).toEqual(expect.arrayContaining(['', 'about/', 'support/']));
    expect(LONG_PAGES.some((path) => path.startsWith('topics/'))).toBe(true);
    expect(LONG_PAGES.some((path) => path.startsWith('releases/'))).toBe(true);
  });

  it.each(LONG_PAGES)('on /%s shows at 360, 768 and 1280 px and leads to a section', async (path) => {
    for (const width of [360, 768, 1280]) {
      const { page, context } = await visit(chromium.browser, `${chromium.site.url}${path}`, { width });
      const side = await page.isVisible('.toc');
      if (!side) {
        const summary = page.locator('.toc-inline summary');
        expect(await summary.isVisible(), `${String(width)} px`).toBe(true);
        expect(await summary.textContent()).toBe('On this page');
        await summary.click();
      } else {
        expect(await page.textContent('.toc h2')).toBe('On this page');
      }
      const link = page.locator(side ? '.toc a' : '.toc-inline a').last();
      const target = (await link.getAttribute('href')) ?? '';
      await link.click();
      await page.waitForFunction((hash) => window.location.hash === hash, target);
      const inView = await page.$eval(target, (element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
      });
      await context.close();
      expect(inView, `${String(width)} px: ${target}`).toBe(true);
    }
  });
});

describe('code blocks', () => {
  it('are at least 0.875em with a comfortable line height, labelled with their file or language', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/dom0-setup/`, PHONE);
    const blocks = await page.$$eval('.code-block', (all) =>
      all.map((block) => {
        const code = getComputedStyle(block.querySelector('pre code') as Element);
        const body = parseFloat(getComputedStyle(document.body).fontSize);
        return {
          label: block.querySelector('.code-label')?.textContent,
          size: parseFloat(code.fontSize) / body,
          leading: parseFloat(code.lineHeight) / parseFloat(code.fontSize),
        };
      }),
    );
    await context.close();
    expect(blocks.length).toBeGreaterThan(5);
    for (const block of blocks) {
      expect(block.size).toBeGreaterThanOrEqual(0.875);
      expect(block.leading).toBeGreaterThanOrEqual(1.5);
    }
    // Each block is labelled with the title its fence gives, in the order of the source.
    const titles = [
      ...readFileSync('content/topics/dom0-setup.mdx', 'utf8').matchAll(/^```\w+ title="([^"]+)"/gm),
    ].map(([, title]) => title);
    expect(titles.length).toBe(blocks.length);
    expect(blocks.map((block) => block.label)).toEqual(titles);
  });

  it('copy their text by keyboard and say so to screen readers', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/dom0-setup/`, {
      width: 1280,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('.code-block:has(.code-file) [data-copy]').first();
    const expected = await page.locator('.code-block:has(.code-file) pre').first().textContent();
    const label = await page.locator('.code-block:has(.code-file) .code-label').first().textContent();
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('.code-block:has(.code-file) .code-status').first();
    await expect.poll(() => status.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const found = { role: await status.getAttribute('role'), name: await button.getAttribute('aria-label') };
    await context.close();
    expect(copied).toBe(expected);
    expect(label).toBeTruthy();
    expect(found).toEqual({ role: 'status', name: `Copy ${label ?? ''}` });
  });

  it('copy by touch on a phone', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/blkfront/`, PHONE);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-copy]').first().tap();
    const status = page.locator('.code-status').first();
    await expect.poll(() => status.textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await context.close();
    expect(copied).toContain('hw.xbd.xbd_enable_indirect="0"');
  });

  it('show no copy button without JavaScript', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/dom0-setup/`, {
      context: { javaScriptEnabled: false },
    });
    const shown = await page.isVisible('[data-copy]');
    await context.close();
    expect(shown).toBe(false);
  });
});

describe('search on a touch screen', () => {
  it('opens full screen with a Close button, and shows no key hints', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/blkfront/`, PHONE);
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false);
    expect(await page.isVisible('.search-trigger kbd')).toBe(false);
    await page.tap('[data-search-open]');
    await page.waitForSelector('#search-dialog[open]');
    // The dialog's styles arrive with the search code.
    await page.waitForFunction(() =>
      [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/search.')),
    );
    const box = await page.$eval('#search-dialog', (dialog) => {
      const rect = dialog.getBoundingClientRect();
      return { top: rect.top, left: rect.left, width: rect.width, height: rect.height };
    });
    const close = page.getByRole('button', { name: 'Close', exact: true });
    const state = {
      box,
      close: await close.isVisible(),
      closeText: (await close.textContent())?.trim(),
      hint: await page.isVisible('#search-dialog .search-hint'),
    };
    await close.tap();
    await page.waitForSelector('#search-dialog:not([open])', { state: 'attached' });
    await context.close();
    expect(state).toEqual({
      box: { top: 0, left: 0, width: 360, height: 800 },
      close: true,
      closeText: 'Close',
      hint: false,
    });
  });

  it('gives key hints with a fine pointer, in the dialog only: never on /search/', async () => {
    const dialog = await visit(chromium.browser, `${chromium.site.url}topics/blkfront/`);
    expect(await dialog.page.isVisible('.search-trigger kbd')).toBe(true);
    await dialog.page.click('[data-search-open]');
    await dialog.page.waitForFunction(
      () =>
        getComputedStyle(document.querySelector('#search-dialog .search-hint') as Element).display ===
        'block',
    );
    await dialog.context.close();

    const { page, context } = await visit(chromium.browser, `${chromium.site.url}search/`);
    const found = {
      hint: await page.$$eval('.search-hint', (hints) => hints.length),
      esc: (await page.textContent('main'))?.includes('Esc'),
      kbd: await page.isVisible('.search-trigger kbd'),
    };
    await context.close();
    expect(found).toEqual({ hint: 0, esc: false, kbd: false });
  });
});

describe('page chrome', () => {
  it('marks the current page in the sidebar with a tint and an accent bar, quieter than the title', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}topics/blkfront/`);
    const style = await page.$eval('#sidebar a[aria-current="page"]', (link) => {
      const css = getComputedStyle(link);
      const accent = getComputedStyle(document.documentElement).getPropertyValue('--color-accent');
      return { background: css.backgroundColor, shadow: css.boxShadow, color: css.color, accent };
    });
    await context.close();
    expect(style.shadow).toMatch(/inset/);
    expect(style.background).toBe('rgb(249, 236, 236)'); // a tint of the accent, not the accent
    expect(style.color).toBe('rgb(27, 31, 36)'); // the text colour, not white on the accent
  });

  it('shows × on the menu button while the menu is open', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}changes/`, PHONE);
    const icons = () =>
      page.$eval('[data-menu-toggle]', (button) => ({
        open: getComputedStyle(button.querySelector('.menu-open') as Element).display !== 'none',
        close: getComputedStyle(button.querySelector('.menu-close') as Element).display !== 'none',
      }));
    const closed = await icons();
    await page.tap('[data-menu-toggle]');
    const opened = await icons();
    const name = await page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded');
    await context.close();
    expect({ closed, opened, name }).toEqual({
      closed: { open: true, close: false },
      opened: { open: false, close: true },
      name: 'true',
    });
  });

  it('has a theme control whose icon and name show light, dark or system, kept across pages', async () => {
    const { page, context } = await visit(chromium.browser, `${chromium.site.url}`, { scheme: 'light' });
    const state = () =>
      page.evaluate(() => {
        const button = document.querySelector('[data-theme-toggle]') as HTMLElement;
        const shown = [...button.querySelectorAll('svg .theme-state')].filter(
          (icon) => getComputedStyle(icon).display !== 'none',
        );
        return {
          theme: document.documentElement.dataset['theme'] ?? 'system',
          icons: shown.map((icon) => icon.getAttribute('class')),
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
    const names: string[] = [];
    const states = [];
    for (let step = 0; step < 4; step += 1) {
      states.push(await state());
      const shown = await page.evaluate(() => {
        const button = document.querySelector('[data-theme-toggle]') as HTMLElement;
        return [...button.querySelectorAll('span')]
          .filter((span) => getComputedStyle(span).display !== 'none')
          .map((span) => span.textContent)
          .join('');
      });
      names.push(shown);
      // The accessible name, as the browser computes it for assistive technology, is that text alone.
      expect(await page.getByRole('button', { name: shown, exact: true }).count()).toBe(1);
      if (step === 1) {
        await page.reload({ waitUntil: 'load' });
        expect((await state()).theme).toBe('dark');
      }
      await page.click('[data-theme-toggle]');
    }
    await context.close();
    expect(states).toEqual([
      { theme: 'system', icons: ['theme-state theme-system'], background: 'rgb(255, 255, 255)' },
      { theme: 'dark', icons: ['theme-state theme-dark'], background: 'rgb(13, 17, 23)' },
      { theme: 'light', icons: ['theme-state theme-light'], background: 'rgb(255, 255, 255)' },
      { theme: 'system', icons: ['theme-state theme-system'], background: 'rgb(255, 255, 255)' },
    ]);
    expect(names).toEqual(['Theme: system', 'Theme: dark', 'Theme: light', 'Theme: system']);
  });
});

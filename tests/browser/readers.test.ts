import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/chromium.ts';
import { readPages, ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { serve, type StaticSite } from '../../scripts/lib/static-server.ts';
import { SCHEMES, onePerType, visit } from './helpers.ts';

/**
 * What readers come for, on a phone, a tablet, a desktop and on paper: the
 * support matrix's answer in one look, figures that fit, and pages that print
 * whole (issue 21).
 */
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

const WIDTHS = [360, 768, 1280] as const;
/** A4 less Chromium's default print margins, in CSS pixels: the width a printed page lays out in. */
const PAPER = { width: 718, height: 1050 };

/** Opens a page laid out as Chromium prints it. */
async function printed(path: string) {
  const opened = await visit(browser, `${site.url}${path}`, PAPER);
  await opened.page.emulateMedia({ media: 'print' });
  return opened;
}

/** Each matrix row's feature name, its today cell and its newest series' cell, in viewport pixels. */
function matrixRows(page: Page) {
  return page.$$eval('table.support tbody tr', (rows) =>
    rows.map((row) => {
      const box = (element: Element | null | undefined) => {
        const rect = element?.getBoundingClientRect();
        return rect ? { left: rect.left, right: rect.right, width: rect.width } : null;
      };
      return {
        feature: row.querySelector('th')?.textContent?.trim() ?? '',
        label: box(row.querySelector('th')),
        today: box(row.querySelector('td.today')),
        newest: box(row.querySelector('td.today + td')),
      };
    }),
  );
}

describe('the support matrix', () => {
  it.each(WIDTHS.flatMap((width) => SCHEMES.map((scheme) => [width, scheme] as const)))(
    'shows every feature with today and the newest series without scrolling sideways at %i px (%s)',
    async (width, scheme) => {
      const { page, context } = await visit(browser, `${site.url}support/`, { width, scheme });
      const rows = await matrixRows(page);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await context.close();
      expect(rows.length).toBeGreaterThan(0);
      expect(sideways).toBe(0);
      for (const row of rows) {
        for (const part of [row.label, row.today, row.newest]) {
          expect(part, row.feature).not.toBeNull();
          expect(part?.left, row.feature).toBeGreaterThanOrEqual(0);
          expect(part?.right, row.feature).toBeLessThanOrEqual(width);
        }
      }
    },
  );

  it('is one card per feature on a phone, today first and full width', async () => {
    const { page, context } = await visit(browser, `${site.url}support/`, { width: 360 });
    const cards = await page.$$eval('table.support tbody tr', (rows) =>
      rows.map((row) => ({
        display: getComputedStyle(row).display,
        width: row.getBoundingClientRect().width,
        today: (row.querySelector('td.today') as HTMLElement).getBoundingClientRect().width,
        label: getComputedStyle(row.querySelector('td.today') as Element, '::before').content,
      })),
    );
    await context.close();
    for (const card of cards) {
      expect(card.display).toBe('grid');
      expect(card.today).toBeGreaterThan(card.width * 0.9);
      expect(card.label).toMatch(/^"Today \(\d+\.\d+\)"$/);
    }
  });

  it('keeps the feature names in view while the older series scroll under them at 768 px', async () => {
    const { page, context } = await visit(browser, `${site.url}support/`, { width: 768 });
    const region = page.locator('.support-matrix .table-scroll').first();
    const before = await matrixRows(page);
    const scrolls = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    const after = await matrixRows(page);
    const cue = await page.isVisible('.support-matrix .matrix-hint');
    await context.close();
    expect(scrolls).toBe(true);
    expect(cue).toBe(true);
    const first = after.slice(0, before.length);
    first.forEach((row, index) =>
      expect(
        Math.abs((row.label?.left ?? -99) - (before[index]?.label?.left ?? 0)),
        row.feature,
      ).toBeLessThan(2),
    );
  });

  it.each(SCHEMES)(
    'gives each status its own colour, part by part, and no mark to "Unknown" (%s)',
    async (scheme) => {
      const { page, context } = await visit(browser, `${site.url}support/`, { width: 1280, scheme });
      const found = await page.$$eval('table.support .status', (all) =>
        all.map((element) => ({
          cell: element.closest('td')
            ? [...document.querySelectorAll('table.support td')].indexOf(
                element.closest('td') as HTMLTableCellElement,
              )
            : -1,
          status: /status-([a-z-]+)/.exec(element.className)?.[1] ?? '',
          colour: getComputedStyle(element).color,
          mark: element.nextElementSibling?.classList.contains('mark') === true,
        })),
      );
      const tokens = await page.evaluate(() => {
        const probe = document.createElement('span');
        document.body.append(probe);
        const colour = (name: string) => {
          probe.style.color = `var(${name})`;
          return getComputedStyle(probe).color;
        };
        return { yes: colour('--color-yes'), no: colour('--color-no'), muted: colour('--color-muted') };
      });
      await context.close();
      const expected: Record<string, string> = {
        supported: tokens.yes,
        removed: tokens.no,
        'not-supported': tokens.no,
        unknown: tokens.muted,
        none: tokens.muted,
      };
      const statuses = new Set(found.map((part) => part.status));
      for (const status of ['supported', 'not-supported', 'unknown']) expect(statuses).toContain(status);
      for (const part of found) expect(part.colour, part.status).toBe(expected[part.status]);
      expect(found.filter((part) => part.status === 'unknown' && part.mark)).toEqual([]);
      // A cell whose status changed within its series ("Not supported from 10.0; Supported from 10.3") is not one colour.
      const mixed = Map.groupBy(found, (part) => part.cell);
      expect([...mixed.values()].some((parts) => new Set(parts.map((part) => part.colour)).size > 1)).toBe(
        true,
      );
      expect(found.some((part) => part.status === 'supported' && part.mark)).toBe(true);
    },
  );

  it('prints every column, each cell holding its text', async () => {
    const { page, context } = await printed('support/');
    const tables = await page.$$eval('table.support', (all) =>
      all.map((table) => {
        const frame = (table.parentElement as HTMLElement).getBoundingClientRect();
        const cells = [...table.querySelectorAll('th, td')] as HTMLElement[];
        return {
          columns: table.querySelectorAll('thead th').length,
          visibleColumns: [...table.querySelectorAll('thead th')].filter(
            (th) => th.getBoundingClientRect().right <= frame.right + 1,
          ).length,
          spilling: cells
            .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
            .map((cell) => cell.textContent),
        };
      }),
    );
    await context.close();
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      expect(table.visibleColumns).toBe(table.columns);
      expect(table.spilling).toEqual([]);
    }
  });
});

/** Every page with a figure (a diagram or a chart). */
const FIGURE_PAGES = readPages()
  .filter(({ html }) => html.includes('<figure class="figure'))
  .map(({ file }) => file.replace(/index\.html$/, ''));

describe('figures on a phone', () => {
  it('are found on the architecture, netfront and scalability topics', () => {
    expect(FIGURE_PAGES).toEqual(
      expect.arrayContaining(['topics/architecture/', 'topics/netfront/', 'topics/scalability/']),
    );
  });

  it.each(FIGURE_PAGES)(
    'on /%s: every chart bar and value fits 360 px; a wider diagram says there is more',
    async (path) => {
      const { page, context } = await visit(browser, `${site.url}${path}`, { width: 360 });
      const figures = await page.$$eval('.figure', (all) =>
        all.map((figure) => {
          const scroller = figure.querySelector('.figure-scroll') as HTMLElement;
          const parts = [...figure.querySelectorAll('.chart-bar, .chart-value')].map(
            (part) => part.getBoundingClientRect().right,
          );
          return {
            id: figure.id,
            chart: figure.classList.contains('chart'),
            overflows: scroller.scrollWidth > scroller.clientWidth + 1,
            rightmost: Math.max(0, ...parts),
            hint: getComputedStyle(figure.querySelector('figcaption') as Element, '::before').content,
            fade: getComputedStyle(scroller, '::after').content,
          };
        }),
      );
      await context.close();
      expect(figures.length).toBeGreaterThan(0);
      for (const figure of figures) {
        if (figure.chart) {
          expect(figure.overflows, figure.id).toBe(false);
          expect(figure.rightmost, figure.id).toBeLessThanOrEqual(360 - 16);
        } else if (figure.overflows) {
          expect(figure.hint, figure.id).toMatch(/Scroll the diagram sideways/);
          expect(figure.fade, figure.id).not.toBe('none');
        }
      }
    },
  );

  it('show no scroll cue where the diagram fits (1280 px)', async () => {
    const { page, context } = await visit(browser, `${site.url}topics/architecture/`, { width: 1280 });
    const hints = await page.$$eval('.figure figcaption', (all) =>
      all.map((caption) => getComputedStyle(caption, '::before').content),
    );
    await context.close();
    expect(hints.length).toBeGreaterThan(0);
    for (const hint of hints) expect(hint).toBe('none');
  });
});

/** One page of each type with a code block, and every page with a figure. */
const PRINTED = [
  ...new Set([
    'topics/dom0-setup/',
    ...onePerType(readPages().filter(({ html }) => html.includes('class="code-block'))),
    ...FIGURE_PAGES,
  ]),
];

describe('on paper', () => {
  it('code is found on the Dom0 set-up guide among the printed pages', () => {
    expect(PRINTED).toContain('topics/dom0-setup/');
  });

  it.each(PRINTED)(
    '/%s prints all of its code and figures, with nothing that only works on a screen',
    async (path) => {
      const { page, context } = await printed(path);
      const found = await page.evaluate(() => ({
        cut: [...document.querySelectorAll('pre, .figure-scroll, .table-scroll')]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.textContent?.slice(0, 60)),
        shown: [...document.querySelectorAll('.code-copy, .figure-full, .matrix-hint, .search-trigger')]
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => element.className),
        labels: [...document.querySelectorAll('.code-head')].map((head) => getComputedStyle(head).breakAfter),
      }));
      await context.close();
      expect(found.cut).toEqual([]);
      expect(found.shown).toEqual([]);
      for (const breakAfter of found.labels) expect(breakAfter).toBe('avoid');
    },
  );

  it('keeps every xen_cmdline option of the Dom0 guide on paper', async () => {
    const { page, context } = await printed('topics/dom0-setup/');
    const lines = await page.$$eval('pre', (all) =>
      all
        .filter((pre) => pre.textContent?.includes('xen_cmdline'))
        .map((pre) => {
          const range = document.createRange();
          range.selectNodeContents(pre);
          const text = range.getBoundingClientRect();
          return { right: text.right, frame: pre.getBoundingClientRect().right };
        }),
    );
    await context.close();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.right).toBeLessThanOrEqual(line.frame);
  });
});

describe('print in the dark theme', () => {
  it('prints dark text on white paper', async () => {
    const opened = await visit(browser, `${site.url}support/`, { ...PAPER, scheme: 'dark' });
    await opened.page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await opened.page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    await opened.context.close();
    expect(colours).toEqual({ text: 'rgb(27, 31, 36)', background: 'rgb(255, 255, 255)' });
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './chromium.ts';

const chromium = useChromium();

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  rel: string | null;
  outline: string;
  visible: boolean;
}

/** What has focus, and whether a sighted keyboard user can see it. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName,
      text: (element.textContent ?? '').trim(),
      href: element.getAttribute('href'),
      rel: element.getAttribute('rel'),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
    };
  });
}

/** Presses Tab until `match` holds, checking the focus is visible at every stop. */
async function tabTo(page: Page, match: (element: Focused) => boolean, limit = 80): Promise<Focused> {
  for (let stop = 0; stop < limit; stop += 1) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    expect(element.outline, `focus outline on ${element.tag} “${element.text}”`).not.toMatch(/^none/);
    if (match(element)) return element;
  }
  throw new Error('never reached the element by Tab');
}

describe('a keyboard-only reader', () => {
  it('skips to the content, uses the sidebar, search and theme toggle, and moves to the next page', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${chromium.site.url}topics/blkfront/`);

    const skip = await tabTo(page, () => true, 1);
    expect(skip.text).toBe('Skip to content');
    expect(skip.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    expect(new URL(page.url()).hash).toBe('#content');

    // From the top of the page again, on through the header, the sidebar and the page.
    await page.goto(`${chromium.site.url}topics/blkfront/`);
    const search = await tabTo(page, (element) => element.text.startsWith('Search'));
    expect(search.href).toBe('/search/');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dialog-search-input');
    await page.keyboard.press('Escape');

    const toggle = await tabTo(
      page,
      (element) => element.tag === 'BUTTON' && element.text.includes('Theme:'),
    );
    expect(toggle.visible).toBe(true);
    expect(await page.getByRole('button', { name: 'Theme: system' }).isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.getByRole('button', { name: 'Theme: dark' }).isVisible()).toBe(true);

    const netfront = await tabTo(page, (element) => element.href === '/topics/netfront/');
    expect(netfront.visible).toBe(true);

    await tabTo(page, (element) => element.rel === 'next', 300);
    await Promise.all([
      page.waitForURL(`${chromium.site.url}topics/netfront/`),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.close();
  });

  it('opens and closes the menu at 360 px, and gets focus back on the button', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${chromium.site.url}changes/`);
    expect(await page.isVisible('#sidebar')).toBe(false);
    const menu = await tabTo(page, (element) => element.tag === 'BUTTON' && element.text === 'Menu');
    expect(menu.visible).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#sidebar')).toBe(true);
    expect(await page.getAttribute('[data-menu-toggle]', 'aria-expanded')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#sidebar')).toBe(false);
    expect((await focused(page)).text).toBe('Menu');
    await page.close();
  });

  it('keeps a chosen theme across pages without a flash of the other one', async () => {
    const page = await chromium.browser.newPage({
      viewport: { width: 1280, height: 900 },
      colorScheme: 'light',
    });
    await page.goto(`${chromium.site.url}`);
    await page.click('[data-theme-toggle]');
    await page.goto(`${chromium.site.url}glossary/`, { waitUntil: 'commit' });
    // The theme is set by the head script before anything is painted.
    await page.waitForSelector('body', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(13, 17, 23)',
    );
    await page.close();
  });
});

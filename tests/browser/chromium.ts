import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/lib/chromium.ts';
import { ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { serve, type StaticSite } from '../../scripts/lib/static-server.ts';

/**
 * The browser tests' one fixture: call these at the top of a file or of a
 * describe block, and Chromium starts (or a build is served) before its tests
 * and is closed after them. What they return is readable inside tests and
 * hooks, once started.
 */

/** Whatever `start` gives, from beforeAll to afterAll of the calling block. */
function around<T>(what: string, start: () => Promise<T>, stop: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value !== undefined) await stop(value);
    value = undefined;
  });
  return () => {
    if (value === undefined) throw new Error(`${what} is only there inside the tests and hooks of its block`);
    return value;
  };
}

/** Debian's Chromium (scripts/lib/chromium.ts) for the block's tests. */
export function useBrowser(): { readonly browser: Browser } {
  const browser = around('the browser', launch, (started) => started.close());
  return {
    get browser() {
      return browser();
    },
  };
}

/** A build served as GitHub Pages would (scripts/lib/static-server.ts), dist/ at / unless told. */
export function useSite(dir: string = ROOT_BUILD, base = '/'): { readonly site: StaticSite } {
  const site = around(
    `the site in ${dir}`,
    () => serve(dir, base),
    (started) => started.close(),
  );
  return {
    get site() {
      return site();
    },
  };
}

/** Chromium and dist/ served at /: what most browser tests need. */
export function useChromium(): { readonly browser: Browser; readonly site: StaticSite } {
  const chromium = useBrowser();
  const served = useSite();
  return {
    get browser() {
      return chromium.browser;
    },
    get site() {
      return served.site;
    },
  };
}

import { withBase } from './paths.ts';

/** Site files that are not pages, so they have no trailing slash. */
export const siteFiles = {
  /** RSS feed of the change records (src/pages/changes.xml.ts). */
  changesFeed: '/changes.xml',
  /** Every change record as JSON, for scripts (src/pages/changes.json.ts). */
  changesJson: '/changes.json',
  /** Written by @astrojs/sitemap. */
  sitemap: '/sitemap-index.xml',
} as const;

/** Astro's `site`, which astro.config.mjs always sets: absolute URLs need it. */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs sets no site (SITE_URL): absolute URLs cannot be made');
  return site;
}

/** The absolute URL of a site path: the origin of Astro's `site`, then the base path. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}

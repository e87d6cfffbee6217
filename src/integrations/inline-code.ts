import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_STYLES, contentSheet } from '../lib/content-styles.ts';
import { cspHash } from '../lib/site-check/csp.ts';

/** The script every page runs inline before its first paint (src/layouts/BaseLayout.astro). */
export const THEME_INIT = 'src/scripts/theme-init.js';

/** `sha256-…` as Astro's `security.csp` hashes take it (without the quotes of a policy source). */
const bare = (text: string): `sha256-${string}` => cspHash(text).slice(1, -1) as `sha256-${string}`;

/**
 * The hashes of the site's own inline code that Astro does not bundle itself,
 * computed from the site's source files, for the Content-Security-Policy
 * (astro.config.mjs): the theme script and the content stylesheets. Nothing a
 * built page holds adds a hash (src/lib/site-check/csp.ts keeps only these and
 * Astro's own).
 */
export function siteInlineHashes(root: string): {
  scripts: `sha256-${string}`[];
  styles: `sha256-${string}`[];
} {
  return {
    scripts: [bare(readFileSync(join(root, THEME_INIT), 'utf8'))],
    styles: CONTENT_STYLES.map((style) =>
      bare(contentSheet(readFileSync(join(root, 'src/styles/content', `${style}.css`), 'utf8'))),
    ),
  };
}

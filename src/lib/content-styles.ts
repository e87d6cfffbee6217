import { transformSync } from 'esbuild';
import { hasFencedCode } from './paths.ts';

/**
 * Stylesheets for what Markdown and MDX content can hold: code blocks, figures
 * (diagrams and charts) and the matrix tables. A page carries only those its
 * content uses, in its <head>, each sheet under a hash the site's policy lists
 * (src/components/ContentStyles.astro, src/integrations/inline-code.ts). Components used inside MDX have no
 * <style> of their own: Astro injects such styles without a CSP hash.
 */
export type ContentStyle = 'code' | 'figure' | 'matrix';

/** Every content style, in the order a page carries them; each is src/styles/content/<style>.css. */
export const CONTENT_STYLES: readonly ContentStyle[] = ['code', 'figure', 'matrix'];

/**
 * The text of a content stylesheet as a page carries it in a <style>: the
 * file minified. The page (src/components/ContentStyles.astro) and the
 * Content-Security-Policy's hashes (src/integrations/inline-code.ts) both take
 * it from here, so the policy allows exactly these sheets.
 */
export function contentSheet(css: string): string {
  return transformSync(css, { loader: 'css', minify: true }).code.trim();
}

/** Which content style each folder of MDX components needs. */
const BY_COMPONENT_FOLDER: Readonly<Record<string, ContentStyle>> = {
  charts: 'figure',
  diagrams: 'figure',
  tables: 'matrix',
};

const IMPORT = /^import\s[^'"]*\sfrom\s+['"]([^'"]+)['"]/gm;

/** The content styles a Markdown or MDX source needs, in a fixed order. */
export function contentStyles(source: string | undefined): ContentStyle[] {
  const needed = new Set<ContentStyle>();
  if (hasFencedCode(source)) needed.add('code');
  for (const [, path = ''] of (source ?? '').matchAll(IMPORT)) {
    const folder = /components\/([a-z-]+)\/[^/]+\.astro$/.exec(path)?.[1];
    const style = folder === undefined ? undefined : BY_COMPONENT_FOLDER[folder];
    if (style) needed.add(style);
  }
  return CONTENT_STYLES.filter((style) => needed.has(style));
}

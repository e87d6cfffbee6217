import { hasFencedCode } from './paths.ts';

/**
 * Stylesheets for what Markdown and MDX content can hold: code blocks, figures
 * (diagrams and charts) and the matrix tables. A page carries only those its
 * content uses, in its <head> under a hash in its Content-Security-Policy
 * (src/components/ContentStyles.astro). Components used inside MDX have no
 * <style> of their own: Astro injects such styles without a CSP hash.
 */
export type ContentStyle = 'code' | 'figure' | 'matrix';

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
  return (['code', 'figure', 'matrix'] as const).filter((style) => needed.has(style));
}

// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { loadChangeRegistry } from './src/integrations/change-records.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { searchBundle } from './src/integrations/search-bundle.ts';
import { normalizeBase } from './src/lib/paths.ts';
import { codeStyles } from './src/integrations/code-styles.ts';
import { StyleClasses } from './src/lib/style-classes.ts';
import { codeStyleClasses } from './src/plugins/code-style-classes.ts';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { internalLinks } from './src/plugins/internal-links.ts';
import { referenceLinks } from './src/plugins/reference-links.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every change record, validated before anything is built: bad records stop here. */
const registry = loadChangeRegistry(root);

// GitHub Pages: SITE_URL is https://<owner>.github.io, BASE_PATH is /<repo>/.
const site = process.env.SITE_URL || 'https://freebsd-xen.example.org';
const base = normalizeBase(process.env.BASE_PATH);

/** Shiki's inline colours become classes, so no page needs inline styles (see the CSP below). */
const codeClasses = new StyleClasses('c');

export default defineConfig({
  site,
  // Tests build a second copy (under BASE_PATH) elsewhere; everyone else gets dist/.
  outDir: process.env.OUT_DIR || './dist',
  base,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  // Each page's CSS in the page: the first paint needs no second round trip.
  build: { inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Search imports its own bundle and Pagefind from the site, and Pagefind runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    processor: satteri({
      mdastPlugins: [referenceLinks({ registry, root }), internalLinks({ base })],
      hastPlugins: [codeStyleClasses(codeClasses), headingAnchors()],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    searchBundle(),
    codeStyles(codeClasses),
    pagefind(),
  ],
  vite: {
    // Test builds and the benchmark's working copies are not the site's sources.
    server: { watch: { ignored: ['**/test-output/**', '**/bench/.out/**'] } },
    build: {
      rolldownOptions: {
        // Astro marks MDX modules with a "use astro:head-inject" directive that the bundler
        // warns about on every MDX page (withastro/astro#18087); the warning is harmless.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
});

// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { loadChangeRegistry } from './src/integrations/change-records.ts';
import { checkMarkdownReferences } from './src/integrations/markdown-references.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { searchBundle } from './src/integrations/search-bundle.ts';
import { normalizeBase } from './src/lib/paths.ts';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { internalLinks } from './src/plugins/internal-links.ts';
import { referenceLinks } from './src/plugins/reference-links.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Every change record, validated before anything is built: bad records stop here. */
const registry = loadChangeRegistry(root);
checkMarkdownReferences(registry, root);

// GitHub Pages: SITE_URL is https://<owner>.github.io, BASE_PATH is /<repo>/.
const site = process.env.SITE_URL || 'https://freebsd-xen.example.org';
const base = normalizeBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  // Tests build a second copy (under BASE_PATH) elsewhere; everyone else gets dist/.
  outDir: process.env.OUT_DIR || './dist',
  base,
  trailingSlash: 'always',
  scopedStyleStrategy: 'class',
  build: { inlineStylesheets: 'always' },
  markdown: {
    processor: satteri({
      mdastPlugins: [referenceLinks({ registry, root }), internalLinks({ base })],
      hastPlugins: [headingAnchors()],
    }),
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    },
  },
  integrations: [mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchBundle(), pagefind()],
  vite: {
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

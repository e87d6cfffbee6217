// @ts-check
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { afterBuild } from './src/integrations/after-build.ts';
import { codeStyles } from './src/integrations/code-styles.ts';
import { contentIntegration } from './src/integrations/content.ts';
import { siteInlineHashes } from './src/integrations/inline-code.ts';
import { searchBundle } from './src/integrations/search-bundle.ts';
import { ContentError } from './src/lib/content-error.ts';
import { StyleClasses } from './src/lib/style-classes.ts';
import { validatedContent } from './src/loaders/content-index.ts';
import { codeLabels, codeTitle } from './src/plugins/code-labels.ts';
import { codeStyleClasses } from './src/plugins/code-style-classes.ts';
import { componentProps } from './src/plugins/component-props.ts';
import { headingAnchors } from './src/plugins/heading-anchors.ts';
import { mdxAllowList } from './src/plugins/mdx-allow-list.ts';
import { internalLinks } from './src/plugins/internal-links.ts';
import { referenceLinks } from './src/plugins/reference-links.ts';
import { reservedHeadings } from './src/plugins/reserved-headings.ts';
import { safeMarkup } from './src/plugins/safe-markup.ts';
import { readEnvironment } from './src/schemas/environment.ts';
import { outDirProblems } from './src/schemas/out-dir.ts';
import { firstTrackedFile, realpathAsFarAsExists } from './src/loaders/git.ts';
import { homedir } from 'node:os';

const root = fileURLToPath(new URL('.', import.meta.url));

// SITE_URL, BASE_PATH, REPOSITORY_URL and OUT_DIR, checked before anything else (GitHub Pages:
// SITE_URL is https://<owner>.github.io, BASE_PATH is /<repo>/). Astro empties OUT_DIR first: it
// may hold nothing the user owns.
const { environment, problems } = readEnvironment(process.env);
problems.push(
  ...outDirProblems(environment.outDir, {
    root,
    home: homedir(),
    realpath: realpathAsFarAsExists,
    trackedFile: firstTrackedFile,
  }),
);
if (problems.length > 0) throw new ContentError(problems);
const { site, base, outDir } = environment;

/** The site's own inline code that Astro does not hash itself: the theme script, the content sheets. */
const inlineHashes = siteInlineHashes(root);

/** Shiki's inline colours become classes, so no page needs inline styles (see the CSP below). */
const codeClasses = new StyleClasses('c');

export default defineConfig({
  site,
  base,
  outDir,
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineHashes.scripts },
      styleDirective: { resources: ["'self'"], hashes: inlineHashes.styles },
    },
  },
  markdown: {
    processor: satteri({
      mdastPlugins: [
        safeMarkup({ root }),
        mdxAllowList({ root }),
        referenceLinks({ registry: () => validatedContent().registry, root }),
        componentProps({
          registry: () => validatedContent().registry,
          charts: () => Object.keys(validatedContent().content.data.charts),
          root,
        }),
        internalLinks({ base }),
        reservedHeadings({ root }),
      ],
      hastPlugins: [codeStyleClasses(codeClasses), codeLabels(), headingAnchors()],
    }),
    shikiConfig: {
      // The default GitHub pair: their comments keep 4.5:1 contrast on the page's own background.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      // A fence's title="…" (a file name) reaches the code block's label (src/plugins/code-labels.ts).
      transformers: [codeTitle()],
    },
  },
  integrations: [
    // First: every other step relies on the validated content.
    contentIntegration(),
    mdx(),
    sitemap({ filter: (page) => !page.endsWith('/404/') }),
    searchBundle(),
    codeStyles(codeClasses),
    // Last: the search indexes and the site checks over the built pages.
    afterBuild(),
  ],
  vite: {
    // Test builds and the benchmark's working copies are not the site's sources.
    server: { watch: { ignored: ['**/test-output/**', '**/bench/.out/**'] } },
    build: {
      // The page script is a file of its own, cached across pages, not repeated in every page.
      assetsInlineLimit: 0,
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

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { glossaryRecords } from './glossary-records.ts';

const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // Every page is lang="en" and the index is forced to English, so the fallback WebAssembly is never loaded.
  'wasm.unknown.pagefind',
];

/**
 * Indexes the built site with Pagefind's Node API as the last step of
 * `astro build`, writing dist/pagefind/. Pages opt in with data-pagefind-body
 * (topic and change pages); glossary entries are added one record per term so
 * each is its own result.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          let terms = 0;
          for (const record of glossaryRecords(outDir)) {
            const result = await index.addCustomRecord(record);
            if (result.errors.length > 0) throw new Error(result.errors.join('; '));
            terms += 1;
          }
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          // The site has its own search UI (src/scripts/search/); Pagefind's prebuilt ones are never loaded.
          for (const file of UNUSED_FILES) rmSync(join(outDir, 'pagefind', file), { force: true });
          logger.info(`indexed ${String(added.page_count)} pages and ${String(terms)} glossary terms`);
        } finally {
          await close();
        }
      },
    },
  };
}

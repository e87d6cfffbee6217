import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { CHANGE_INDEX, entryPageCount } from '../lib/search/change-index.ts';
import { glossaryRecords } from './glossary-records.ts';

/** Pagefind's prebuilt UIs: the site has its own (src/scripts/search/). */
const UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];
/** Every page is lang="en" and the index is forced to English, so the fallback WebAssembly is never loaded. */
const FALLBACK_WASM = 'wasm.unknown.pagefind';
/** A merged index runs on the pages index's code and WebAssembly: its own copies are never loaded. */
const MERGED_UNUSED = ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind'];

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Writes an index and drops the files no page loads; returns how many pages it holds. */
async function write(index: PagefindIndex, outputPath: string, unused: readonly string[]): Promise<number> {
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  for (const file of unused) rmSync(join(outputPath, file), { force: true });
  const entry: unknown = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8'));
  const count = entryPageCount(entry);
  if (count === undefined)
    throw new Error(`Pagefind wrote an entry file without a page count in ${outputPath}`);
  return count;
}

/**
 * Indexes the built site with Pagefind's Node API, into two indexes
 * (src/lib/search/change-index.ts): the change records in
 * dist/pagefind-changes/, every other page in dist/pagefind/. Pages opt in with
 * data-pagefind-body; glossary entries are added one record per term so each
 * is its own result. Returns a line for the log.
 *
 * Pagefind's binary reads the pages itself (addDirectory: no HTML crosses the
 * API's stdio channel) and does the same work as its CLI: at 2,000 records both
 * spent 3.1 to 3.3 s of CPU, the Node side 0.2 s. Its service answers one
 * message at a time, so the two indexes are built one after the other; the
 * small one costs a second bundle, well under a second. It runs in a process
 * of its own, beside the rest of the after-build step (src/integrations/after-build.ts).
 */
export async function writeSearchIndexes(outDir: string): Promise<string> {
  const changesDir = CHANGE_INDEX.route.replaceAll('/', '');
  // Everything but the change records: the pages at the top and every folder except theirs.
  const folders = readdirSync(outDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== changesDir)
    .map((entry) => `${entry.name}/**/*.html`);
  try {
    const pages = await newIndex();
    const addedPages = await pages.addDirectory({ path: outDir, glob: `{*.html,${folders.join(',')}}` });
    if (addedPages.errors.length > 0) throw new Error(addedPages.errors.join('; '));
    // Sent at once: the service answers them in turn, without a round trip between two.
    const records = glossaryRecords(outDir);
    const added = await Promise.all(records.map((record) => pages.addCustomRecord(record)));
    const errors = added.flatMap((result) => result.errors);
    if (errors.length > 0) throw new Error(errors.join('; '));
    const terms = records.length;
    const pageTotal = await write(pages, join(outDir, 'pagefind'), [...UI_FILES, FALLBACK_WASM]);

    const changes = await newIndex();
    const addedChanges = await changes.addDirectory({ path: outDir, glob: `${changesDir}/**/*.html` });
    if (addedChanges.errors.length > 0) throw new Error(addedChanges.errors.join('; '));
    const changeTotal = await write(changes, join(outDir, CHANGE_INDEX.path), [
      ...UI_FILES,
      FALLBACK_WASM,
      ...MERGED_UNUSED,
    ]);
    return `search: ${String(pageTotal)} pages (${String(terms)} of them glossary terms) and, apart, ${String(changeTotal)} change records`;
  } finally {
    await close();
  }
}

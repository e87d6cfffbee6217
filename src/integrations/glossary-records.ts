import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { CustomRecord } from 'pagefind';
import { PAGE_TYPES } from '../lib/page-types.ts';
import { routes } from '../lib/paths.ts';

const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * One Pagefind record per glossary term, read from the built glossary page so
 * the text is exactly what readers see. URLs are root-relative; the search UI
 * places them under the base path.
 */
export function glossaryRecords(outDir: string): CustomRecord[] {
  const page = parse(readFileSync(join(outDir, 'glossary/index.html'), 'utf8'));
  return page.querySelectorAll('.term').map((term) => {
    const id = term.getAttribute('id') ?? '';
    const title = fold(term.querySelector('.term-link')?.textContent ?? id);
    const aka = fold(term.querySelector('.aka')?.textContent ?? '');
    const topics = term.querySelectorAll('.term-topics a').map((link) => fold(link.textContent));
    const body = term.querySelector('dd');
    body?.querySelector('.term-topics')?.remove();
    const definition = fold(body?.textContent ?? '');
    if (!id || !definition)
      throw new Error(`glossary term without id or definition: ${term.outerHTML.slice(0, 200)}`);
    return {
      url: routes.glossary(id),
      content: `${title} ${aka}. ${definition}`,
      language: 'en',
      meta: { title, kind: PAGE_TYPES.glossary.searchKind },
      filters: { kind: [PAGE_TYPES.glossary.searchKind], ...(topics.length > 0 ? { topic: topics } : {}) },
    };
  });
}

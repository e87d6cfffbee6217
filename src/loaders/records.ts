import type { Loader } from 'astro/loaders';
import { isContentError, type ContentProblem } from '../lib/content-error.ts';
import type { RecordCollection } from '../schemas/kinds.ts';
import type { Entry } from '../schemas/validate.ts';
import { contentVersion, markLoaded, reportRendering, validatedContent } from './content-index.ts';

export const LOADER_NAME = 'freebsd-content';

/** What a collection entry's data holds: the front matter and the record's identity. */
export type EntryData<C extends RecordCollection> = Entry<C>['data'] & {
  readonly id: string;
  readonly file: string;
  readonly ref: Entry<C>['ref'];
};

/**
 * Stores one collection of the content the content integration validated.
 * Markdown bodies are rendered through Astro's Markdown pipeline (so the
 * reference transform runs on them); MDX bodies are compiled by the MDX
 * integration when a page renders them. An entry whose body fails to render
 * is reported with every other such failure of every collection, and the
 * build stops on them (src/integrations/content.ts); Astro's own glob
 * loader would only log it and publish the page without its body.
 */
export function contentLoader(collection: RecordCollection): Loader {
  return {
    name: LOADER_NAME,
    load: async ({ store, renderMarkdown, generateDigest, config }) => {
      const version = contentVersion();
      const { content, registry } = validatedContent();
      const entries: readonly Entry<RecordCollection>[] = content[collection];
      // A body links other records by their titles, so any change to a title renders every body again.
      const titles = generateDigest(
        registry
          .all()
          .map((record) => `${record.id} ${record.title}`)
          .join('\n'),
      );
      const problems: ContentProblem[] = [];
      const keep = new Set<string>();
      for (const entry of entries) {
        keep.add(entry.id);
        const data = { ...entry.data, id: entry.id, file: entry.file, ref: entry.ref };
        const digest = generateDigest({ data: JSON.stringify(data), body: entry.body, titles });
        if (store.get(entry.id)?.digest === digest) continue;
        if (entry.file.endsWith('.mdx')) {
          store.set({
            id: entry.id,
            data,
            body: entry.body,
            filePath: entry.file,
            digest,
            deferredRender: true,
          });
          continue;
        }
        try {
          const rendered = await renderMarkdown(entry.body, { fileURL: new URL(entry.file, config.root) });
          store.set({ id: entry.id, data, body: entry.body, filePath: entry.file, digest, rendered });
        } catch (error) {
          if (!isContentError(error)) throw error;
          problems.push(...error.problems);
        }
      }
      for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
      // Collections load side by side: the build stops on every collection's problems at once.
      reportRendering(collection, problems);
      markLoaded(collection, version);
    },
  };
}

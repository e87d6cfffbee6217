import { z } from 'astro/zod';
import { slug, text, uniqueList } from './fields.ts';

/** One rule of the path map: a glob (git's `:(glob)` pathspec meaning) and the topics of the files it matches. */
const pathRule = z.strictObject({
  glob: text().refine((glob) => !glob.startsWith('/'), {
    error: 'write the glob relative to the repository',
  }),
  topics: uniqueList(slug, 'topic').min(1, { error: 'name at least one topic' }),
});

/** content/data/xen-paths.json: which paths of src and ports are Xen's (docs/import.md). */
export const pathMapSchema = z.strictObject({
  src: z.array(pathRule),
  ports: z.array(pathRule),
});

const hash = z.string().regex(/^[0-9a-f]{40}$/, { error: 'expected a full git hash' });
const repositoryState = z.strictObject({
  branches: z.record(z.string(), hash),
  tags: z.record(z.string(), hash),
});

/** content/data/import-state.json: where the import stopped, written by npm run import only. */
export const importStateSchema = z.strictObject({
  format: z.literal(1),
  /** A digest of the path map the state was made with: a changed map makes the next run a full one. */
  pathMap: z.string(),
  repositories: z.strictObject({ src: repositoryState.optional(), ports: repositoryState.optional() }),
});

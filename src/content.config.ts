import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader, type EntryData } from './loaders/records.ts';
import type { RecordCollection } from './schemas/kinds.ts';

/**
 * Every collection is loaded from the content the content integration has
 * already validated (src/integrations/content.ts): the schema here only
 * gives the entries their types. Every kind of src/schemas/kinds.ts is a
 * collection: leaving one out fails the type check.
 */
function collection<C extends RecordCollection>(name: C) {
  return defineCollection({ loader: contentLoader(name), schema: z.custom<EntryData<C>>() });
}

export const collections = {
  changes: collection('changes'),
  advisories: collection('advisories'),
  releases: collection('releases'),
  people: collection('people'),
  glossary: collection('glossary'),
  topics: collection('topics'),
} satisfies Record<RecordCollection, unknown>;

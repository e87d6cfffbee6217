import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentLoader, type EntryData } from './loaders/records.ts';
import { RECORD_KINDS, type RecordCollection } from './schemas/kinds.ts';

/**
 * Every collection is loaded from the content the content integration has
 * already validated (src/integrations/content.ts): the schema here only
 * gives the entries their types. Every kind of src/schemas/kinds.ts is a
 * collection, by the name it has there.
 */
function collection<C extends RecordCollection>(name: C) {
  return defineCollection({ loader: contentLoader(name), schema: z.custom<EntryData<C>>() });
}

export const collections = Object.fromEntries(
  (Object.keys(RECORD_KINDS) as RecordCollection[]).map((name) => [name, collection(name)]),
) as { [C in RecordCollection]: ReturnType<typeof collection<C>> };

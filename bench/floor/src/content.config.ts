import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** The same change record files the site reads, with Astro's own loader and no schema. */
export const collections = {
  changes: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content/changes' }) }),
};

import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { strictGlob } from './integrations/strict-glob.ts';
import { changeSchema } from './schemas/change.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { topicSchema } from './schemas/topic.ts';

const changes = defineCollection({
  loader: strictGlob({ pattern: '**/*.md', base: './content/changes' }),
  schema: changeSchema,
});

const topics = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/topics' }),
  schema: topicSchema,
});

const glossary = defineCollection({
  loader: strictGlob({ pattern: '*.md', base: './content/glossary' }),
  schema: glossarySchema,
});

export const collections = { changes, topics, glossary };

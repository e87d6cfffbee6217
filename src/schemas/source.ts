import { z } from 'astro/zod';
import { sourceId, text } from './fields.ts';

export const SOURCE_KINDS = [
  'talk',
  'release-notes',
  'announcement',
  'advisory',
  'documentation',
  'commit',
  'review',
  'mailing-list',
  'source-code',
  'report',
  'news',
] as const;

export const sourceSchema = z.strictObject({
  title: text(),
  url: z.url({ protocol: /^https$/, error: 'expected an https:// URL' }),
  kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
});

/** content/data/sources.json: every source the site cites, by id. */
export const sourcesSchema = z.record(sourceId, sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
export type Sources = z.infer<typeof sourcesSchema>;

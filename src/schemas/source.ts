import { z } from 'astro/zod';
import { sourceId, text } from './fields.ts';

export const SOURCE_KINDS = [
  'talk',
  'release-notes',
  'announcement',
  'schedule',
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
  /**
   * A primary source: a publication of the FreeBSD Project, the Xen Project
   * or a vendor (release notes, errata, advisories, schedules, the Handbook,
   * status reports, manual pages, source code, commits), read as published.
   * Only a primary source may back a support-matrix cell marked primary.
   */
  primary: z.literal(true, { error: 'expected true, or leave the field out' }).optional(),
});

/** content/data/sources.json: every source the site cites, by id. */
export const sourcesSchema = z.record(sourceId, sourceSchema);

export type Source = z.infer<typeof sourceSchema>;
export type Sources = z.infer<typeof sourcesSchema>;

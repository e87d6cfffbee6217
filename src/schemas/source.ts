import { z } from 'astro/zod';
import sourceData from '../../content/data/sources.json' with { type: 'json' };

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https$/ }),
  kind: z.enum([
    'talk',
    'release-notes',
    'documentation',
    'commit',
    'review',
    'mailing-list',
    'source-code',
    'report',
    'news',
  ]),
});

export type Source = z.infer<typeof sourceSchema>;

/** Every source the site cites, by id: content/data/sources.json. */
export const SOURCES: Readonly<Record<string, Source>> = z
  .record(z.string().regex(/^[A-Za-z0-9.-]+$/), sourceSchema)
  .parse(sourceData);

export const sourceIdSchema = z.string().refine((id) => id in SOURCES, {
  error: (issue) =>
    `unknown source ${JSON.stringify(issue.input)}; add it to content/data/sources.json or use one of its ids`,
});

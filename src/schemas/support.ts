import { z } from 'astro/zod';
import { releaseVersion, slug, sourceId, text } from './fields.ts';

export const SUPPORT_STATUSES = ['supported', 'removed', 'not-supported', 'unknown'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/**
 * How strong a piece of evidence is: `primary` for release notes, errata,
 * advisories, the Handbook and status reports; `supplementary` for a
 * mailing-list post, wiki or web page read only as an excerpt.
 */
export const EVIDENCE_STRENGTHS = ['primary', 'supplementary'] as const;

export const evidenceSchema = z.strictObject({
  source: sourceId,
  strength: z.enum(EVIDENCE_STRENGTHS, { error: 'expected "primary" or "supplementary"' }),
  /** What this source says, in our words. */
  says: text(10),
});

/** A run of releases over which a feature had one status. */
export const spanSchema = z.strictObject({
  /** First release of the run; left out, the run starts with the first release the matrix shows. */
  from: releaseVersion.optional(),
  /** Last release of the run, inclusive; left out, the run lasts to the newest release. */
  until: releaseVersion.optional(),
  status: z.enum(SUPPORT_STATUSES, { error: `expected one of ${SUPPORT_STATUSES.join(', ')}` }),
  /** Why the matrix says so; an "unknown" run may say why no source settles it instead. */
  evidence: z.array(evidenceSchema).default([]),
  note: text(5).optional(),
});

export const featureSchema = z.strictObject({
  id: slug,
  label: text(3),
  /** The topic that explains the feature. */
  topic: slug,
  spans: z.array(spanSchema).min(1, { error: 'give at least one run of releases' }),
});

/** content/data/support.json: FreeBSD's Xen features, release by release. */
export const supportSchema = z.strictObject({
  groups: z
    .array(z.strictObject({ label: text(), features: z.array(featureSchema).min(1) }))
    .min(1)
    .superRefine((groups, ctx) => {
      const seen = new Set<string>();
      groups.forEach((group, g) => {
        group.features.forEach((feature, f) => {
          if (seen.has(feature.id))
            ctx.addIssue({
              code: 'custom',
              path: [g, 'features', f, 'id'],
              message: `feature "${feature.id}" appears twice`,
            });
          seen.add(feature.id);
        });
      });
    }),
});

export type Support = z.infer<typeof supportSchema>;
export type Feature = z.infer<typeof featureSchema>;
export type Span = z.infer<typeof spanSchema>;

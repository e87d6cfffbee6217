import { z } from 'astro/zod';
import {
  branch,
  commitText,
  cveId,
  isoDate,
  releaseVersion,
  slug,
  sourceId,
  text,
  uniqueList,
  xsaId,
} from './fields.ts';

/**
 * A FreeBSD security advisory or errata notice that touches Xen:
 * content/advisories/FreeBSD-SA-21-06.xen.md (the id, with its colon as a
 * hyphen). Where the release documents say something else than the
 * advisory itself, both are kept, and the page shows both.
 */
export const advisorySchema = z.strictObject({
  /** The advisory's own topic line. */
  topic: text(3),
  /** How release notes or errata word the topic, where that differs. */
  releaseNotesTopic: text(3).optional(),
  /** The date the advisory gives as "Announced". */
  announced: isoDate,
  /** The date release notes or errata give, where that differs. */
  releaseNotesDate: isoDate.optional(),
  cve: uniqueList(cveId, 'CVE').default([]),
  xsa: uniqueList(xsaId, 'Xen advisory').default([]),
  /** Releases whose notes or errata list the advisory. */
  releases: uniqueList(releaseVersion, 'release').min(1, {
    error: 'name at least one release the advisory affects',
  }),
  /** Where the fix was committed, branch by branch, as the advisory lists it. */
  corrections: z.array(z.strictObject({ branch, commit: commitText })).default([]),
  /** Whom the advisory credits. */
  credits: text().optional(),
  topics: uniqueList(slug, 'topic').min(1, { error: 'name at least one topic' }),
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type AdvisoryFrontmatter = z.infer<typeof advisorySchema>;

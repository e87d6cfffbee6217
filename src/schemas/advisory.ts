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
  /** The advisory's own "Affects" line, where its text could be read. */
  affects: text(3).optional(),
  /**
   * Where the fix was committed, branch by branch, as the advisory lists it:
   * its "Corrected" line gives the date and the branch's version at that
   * point (10.3-RELEASE-p18 on a release branch, 10.3-STABLE on a stable
   * one), its correction details the commit.
   */
  corrections: z
    .array(
      z.strictObject({
        branch,
        commit: commitText,
        date: isoDate.optional(),
        version: z
          .string()
          .regex(
            /^[1-9][0-9]*\.[0-9]+-(RELEASE-p[1-9][0-9]*|STABLE|BETA[1-9]-p[1-9][0-9]*|RC[1-9]-p[1-9][0-9]*)$/,
            {
              error: 'expected a version as the advisory gives it, such as 10.3-RELEASE-p18 or 11.0-STABLE',
            },
          )
          .optional(),
      }),
    )
    .default([]),
  /** The source patches the advisory publishes, each with the releases it applies to. */
  patches: z
    .array(
      z.strictObject({
        /** What the advisory says the patch is for, such as "FreeBSD 11.0", or "all" for one patch. */
        for: text(3),
        url: z
          .string()
          .regex(
            /^https:\/\/security\.freebsd\.org\/patches\/(SA|EN)-[0-9]{2}:[0-9]{2}\/[A-Za-z0-9._-]+\.patch$/,
            {
              error: 'expected a patch URL such as https://security.freebsd.org/patches/SA-21:06/xen.patch',
            },
          ),
      }),
    )
    .default([]),
  /** Whom the advisory credits. */
  credits: text().optional(),
  topics: uniqueList(slug, 'topic').min(1, { error: 'name at least one topic' }),
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type AdvisoryFrontmatter = z.infer<typeof advisorySchema>;

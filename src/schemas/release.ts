import { z } from 'astro/zod';
import { branch, isoDate, sourceId, text, uniqueList } from './fields.ts';

/** An entry of a release's notes or errata that concerns Xen, in the site's words. */
export const releaseNoteSchema = z.strictObject({
  /** Which document lists it. */
  in: z.enum(['release notes', 'errata'], { error: 'expected "release notes" or "errata"' }),
  /** What it says, in our words; references to revisions, commits and advisories are linked. */
  text: text(10),
  /** True where Xen is named only in passing. */
  tangential: z.boolean().default(false),
});

/**
 * One FreeBSD release: content/releases/<version>.md, such as 11.0.md. The
 * body holds what the site's sources say about Xen in that release.
 */
export const releaseSchema = z.strictObject({
  /** Release date, from the release announcement. */
  date: isoDate,
  /** The branch the release was cut from, such as stable/11. */
  branch,
  /** Xen entries of the release notes and errata; empty where they name Xen nowhere. */
  notes: z.array(releaseNoteSchema).default([]),
  /** How the notes were checked for Xen, where not every document could be read. */
  checked: text(10).optional(),
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type ReleaseFrontmatter = z.infer<typeof releaseSchema>;

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
 * How a source gives a release date, from the strongest to the weakest:
 * the signed announcement; the "Actual" column of the release schedule; a
 * FreeBSD news item announcing the release; the release table of the
 * FreeBSD security pages; and, where nothing else could be read, the date
 * the schedule planned.
 */
export const RELEASE_DATE_BASES = [
  'announcement',
  'schedule (actual)',
  'news item',
  'release table',
  'schedule (planned)',
] as const;
export type ReleaseDateBasis = (typeof RELEASE_DATE_BASES)[number];

const basis = z.enum(RELEASE_DATE_BASES, { error: `expected one of ${RELEASE_DATE_BASES.join(', ')}` });

/** Where a release date comes from. */
export const releaseDateSourceSchema = z.strictObject({
  /** The id of the source in content/data/sources.json. */
  source: sourceId,
  /** How that source gives the date. */
  as: basis,
  /** What a reader should know about it, such as which document could not be read. */
  note: text(10).optional(),
});

/**
 * One FreeBSD release: content/releases/<version>.md, such as 11.0.md. The
 * body holds what the site's sources say about Xen in that release.
 */
export const releaseSchema = z.strictObject({
  /** Release date, from the strongest source that could be read (see RELEASE_DATE_BASES). */
  date: isoDate,
  /** The source of the date: a release date names where it comes from. */
  dateSource: releaseDateSourceSchema,
  /** Other dates other sources give for the release, shown next to the date. */
  otherDates: z.array(z.strictObject({ date: isoDate, source: sourceId, as: basis })).default([]),
  /** The branch the release was cut from, such as stable/11. */
  branch,
  /** Xen entries of the release notes and errata; empty where they name Xen nowhere. */
  notes: z.array(releaseNoteSchema).default([]),
  /** How the notes were checked for Xen, where not every document could be read. */
  checked: text(10).optional(),
  sources: uniqueList(sourceId, 'source').min(1, { error: 'name at least one source' }),
});

export type ReleaseFrontmatter = z.infer<typeof releaseSchema>;

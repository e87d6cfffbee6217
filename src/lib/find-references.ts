import { toManPage, type ManPage } from './manpage.ts';
import { toRevisionNumber, type RevisionNumber } from './revision.ts';

/** A revision reference found in prose, such as `r284296`. */
export interface RevisionReference {
  readonly kind: 'revision';
  /** Offset of the first character in the scanned text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The characters as written (`r284296` or `R284296`). */
  readonly text: string;
  readonly revision: RevisionNumber;
}

/** A manual page reference found in prose, such as `loader.conf(5)`. */
export interface ManPageReference {
  readonly kind: 'manpage';
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly page: ManPage;
}

export type Reference = RevisionReference | ManPageReference;

/**
 * An `r` or `R`, then a number without a leading zero. A letter, digit or
 * combining mark on either side glues it to a word (`xr284296`, `r284296x`,
 * `r2842960`), so it is not a reference; punctuation and spaces are fine.
 */
const REVISION = /(?<![\p{L}\p{N}\p{M}])[rR]([1-9][0-9]*)(?![\p{L}\p{N}\p{M}])/gu;

/**
 * A lower-case name (letters, digits, `_ . + -`), then a section 1-9 in
 * parentheses, with nothing between. Not glued to a word on either side, and
 * the name does not continue a path or another name (`/etc/loader.conf(5)`).
 */
const MAN_PAGE =
  /(?<![\p{L}\p{N}\p{M}_.+/-])([a-z][a-z0-9_.+-]*[a-z0-9_+])\(([1-9])\)(?![\p{L}\p{N}\p{M}])/gu;

/** Every revision and manual page reference in a piece of prose, in order. */
export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(MAN_PAGE)) {
    const [whole, name, section] = match;
    if (name === undefined || section === undefined) continue;
    found.push({
      kind: 'manpage',
      start: match.index,
      end: match.index + whole.length,
      text: whole,
      page: toManPage(name, Number(section)),
    });
  }
  for (const match of text.matchAll(REVISION)) {
    const digits = match[1];
    if (digits === undefined) continue;
    const value = Number(digits);
    if (!Number.isSafeInteger(value)) continue;
    found.push({
      kind: 'revision',
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      revision: toRevisionNumber(value),
    });
  }
  found.sort((a, b) => a.start - b.start || (a.kind === 'revision' ? -1 : 1));
  // A span read both ways (r12(4)) counts once: as what starts first, a revision on a tie.
  return found.filter((reference, index) => index === 0 || reference.start >= (found[index - 1]?.end ?? 0));
}

/** A piece of text split at its references: plain strings between them. */
export type Segment = string | Reference;

export function splitAtReferences(text: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const reference of findReferences(text)) {
    if (reference.start > cursor) segments.push(text.slice(cursor, reference.start));
    segments.push(reference);
    cursor = reference.end;
  }
  if (cursor < text.length) segments.push(text.slice(cursor));
  return segments;
}

/**
 * Finds references in prose: revisions (`r284296`), git commits
 * (`65f22ccf8247`), advisories (`FreeBSD-SA-21:06.xen`) and manual pages
 * (`loader.conf(5)`). Each pattern comes from its kind's module; this adds
 * only the boundaries: a reference glued to a letter, digit or combining
 * mark on either side is part of a word, not a reference.
 */
import { ADVISORY_PATTERN, parseAdvisory, type AdvisoryId } from './advisory.ts';
import { PROSE_HASH_PATTERN, parseCommit, type CommitHash } from './git.ts';
import { MAN_PAGE_PATTERN, toManPage, type ManPage } from './manpage.ts';
import { REVISION_PATTERN, toRevisionNumber, type RevisionNumber } from './svn.ts';

interface Span {
  /** Offset of the first character in the scanned text. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** The characters as written. */
  readonly text: string;
}

export type WrittenRevision = Span & { readonly kind: 'svn'; readonly revision: RevisionNumber };
export type WrittenCommit = Span & { readonly kind: 'git'; readonly hash: CommitHash };
export type WrittenAdvisory = Span & { readonly kind: 'advisory'; readonly id: AdvisoryId };
export type WrittenManPage = Span & { readonly kind: 'manpage'; readonly page: ManPage };

/** A reference to a record of the site: it must resolve, or the build stops. */
export type WrittenRecordRef = WrittenRevision | WrittenCommit | WrittenAdvisory;
export type WrittenReference = WrittenRecordRef | WrittenManPage;

const WORD = '\\p{L}\\p{N}\\p{M}';
const SCANNERS = [
  {
    kind: 'svn',
    pattern: new RegExp(`(?<![${WORD}])${REVISION_PATTERN}(?![${WORD}])`, 'gu'),
    read: (match: RegExpExecArray): Omit<WrittenRevision, keyof Span> | undefined => {
      const value = Number(match[1]);
      return Number.isSafeInteger(value) ? { kind: 'svn', revision: toRevisionNumber(value) } : undefined;
    },
  },
  {
    kind: 'git',
    pattern: new RegExp(`(?<![${WORD}])${PROSE_HASH_PATTERN}(?![${WORD}])`, 'gu'),
    read: (match: RegExpExecArray): Omit<WrittenCommit, keyof Span> => ({
      kind: 'git',
      hash: parseCommit(match[0]),
    }),
  },
  {
    kind: 'advisory',
    pattern: new RegExp(`(?<![${WORD}_-])${ADVISORY_PATTERN}(?![${WORD}_])`, 'gu'),
    read: (match: RegExpExecArray): Omit<WrittenAdvisory, keyof Span> => ({
      kind: 'advisory',
      id: parseAdvisory(match[0]),
    }),
  },
  {
    kind: 'manpage',
    // The name must not continue a path or another name: /etc/loader.conf(5) is not a page.
    pattern: new RegExp(`(?<![${WORD}_.+/-])${MAN_PAGE_PATTERN}(?![${WORD}])`, 'gu'),
    read: (match: RegExpExecArray): Omit<WrittenManPage, keyof Span> => ({
      kind: 'manpage',
      page: toManPage(match[1] ?? '', Number(match[2])),
    }),
  },
] as const;

/** The order kinds win in when two readings start at the same place. */
const PRIORITY: Readonly<Record<WrittenReference['kind'], number>> = {
  svn: 0,
  advisory: 1,
  git: 2,
  manpage: 3,
};

/** Every reference in a piece of prose, in order, without overlaps. */
export function findReferences(text: string): WrittenReference[] {
  const found: WrittenReference[] = [];
  for (const scanner of SCANNERS) {
    for (const match of text.matchAll(scanner.pattern)) {
      const value = scanner.read(match);
      if (value === undefined) continue;
      const span = { start: match.index, end: match.index + match[0].length, text: match[0] };
      found.push({ ...span, ...value });
    }
  }
  found.sort((a, b) => a.start - b.start || PRIORITY[a.kind] - PRIORITY[b.kind]);
  // A span read two ways (r12(4)) counts once: as what starts first, then by priority.
  const kept: WrittenReference[] = [];
  for (const reference of found) {
    const last = kept.at(-1);
    if (!last || reference.start >= last.end) kept.push(reference);
  }
  return kept;
}

/** A piece of text split at its references: plain strings between them. */
export type Segment = string | WrittenReference;

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

export function isRecordReference(reference: WrittenReference): reference is WrittenRecordRef {
  return reference.kind !== 'manpage';
}

import { compareIsoDates } from './dates.ts';
import type { RecordRef } from './references/record-ref.ts';

/** What ordering needs of a record. */
export interface Ordered {
  readonly ref: RecordRef;
  /** `YYYY-MM-DD`, where a source gives it. */
  readonly date?: string | undefined;
}

/** Subversion revisions first, by number; git commits and advisories after them, by date. */
const ERA = { svn: 0, git: 1, advisory: 1 } as const;

/**
 * Oldest first, the one order of every list of changes and advisories.
 * Subversion revisions by number (each repository numbered its own, so
 * equal numbers sort by repository): many carry no date, and every one is
 * older than the move to git. Git commits and advisories by date, then id.
 */
export function oldestFirst(a: Ordered, b: Ordered): number {
  const era = ERA[a.ref.kind] - ERA[b.ref.kind];
  if (era !== 0) return era;
  if (a.ref.kind === 'svn' && b.ref.kind === 'svn') {
    return a.ref.revision - b.ref.revision || a.ref.repository.localeCompare(b.ref.repository);
  }
  const byDate = compareIsoDates(a.date ?? '', b.date ?? '');
  if (byDate !== 0) return byDate;
  const key = (ref: RecordRef): string =>
    ref.kind === 'advisory' ? ref.id : ref.kind === 'git' ? `${ref.repository}:${ref.hash}` : '';
  return key(a.ref).localeCompare(key(b.ref));
}

/** Newest first: feeds and the first page of every list. */
export function newestFirst(a: Ordered, b: Ordered): number {
  return oldestFirst(b, a);
}

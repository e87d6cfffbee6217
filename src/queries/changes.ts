import { getCollection, type CollectionEntry } from 'astro:content';
import type { Repository, RevisionNumber } from '../lib/revision.ts';

export type ChangeEntry = CollectionEntry<'changes'>;

/** Newest first is for feeds; lists read oldest first, like a changelog. */
export function byRevision(a: ChangeEntry, b: ChangeEntry): number {
  return a.data.revision - b.data.revision || a.data.repository.localeCompare(b.data.repository);
}

let cache: Promise<ChangeEntry[]> | undefined;

/** Every change record, ordered by revision number. */
export function getChanges(): Promise<ChangeEntry[]> {
  cache ??= getCollection('changes').then((entries) => entries.sort(byRevision));
  return cache;
}

export async function getChangesForTopic(slug: string): Promise<ChangeEntry[]> {
  return (await getChanges()).filter((entry) => entry.data.topics.includes(slug));
}

/** The record for a revision; `repository` may be left out when the number is unambiguous. */
export async function findChange(revision: RevisionNumber, repository?: Repository): Promise<ChangeEntry[]> {
  return (await getChanges()).filter(
    (entry) =>
      entry.data.revision === revision && (repository === undefined || entry.data.repository === repository),
  );
}

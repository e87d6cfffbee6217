import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst, oldestFirst } from '../lib/order.ts';
import { memo } from './memo.ts';
import { registry } from './site-data.ts';

export type ChangeEntry = CollectionEntry<'changes'>;
export type AdvisoryEntry = CollectionEntry<'advisories'>;

const order = (entry: ChangeEntry) => ({ ref: entry.data.ref, date: entry.data.date });

/** Every change record, oldest first. */
export const getChanges = memo(async (): Promise<ChangeEntry[]> =>
  (await getCollection('changes')).sort((a, b) => oldestFirst(order(a), order(b))),
);

/** Every change record, newest first. */
export const getChangesNewestFirst = memo(async (): Promise<ChangeEntry[]> =>
  [...(await getChanges())].sort((a, b) => newestFirst(order(a), order(b))),
);

/** The long lists of changes: by topic, by first release and by person named, each newest first. */
interface ChangeGroups {
  byTopic: Map<string, ChangeEntry[]>;
  byRelease: Map<string, ChangeEntry[]>;
  byPerson: Map<string, ChangeEntry[]>;
}

const getChangeGroups = memo(async (): Promise<ChangeGroups> => {
  const groups: ChangeGroups = { byTopic: new Map(), byRelease: new Map(), byPerson: new Map() };
  const add = (map: Map<string, ChangeEntry[]>, key: string, entry: ChangeEntry): void => {
    const list = map.get(key);
    if (list) list.push(entry);
    else map.set(key, [entry]);
  };
  for (const entry of await getChangesNewestFirst()) {
    for (const topic of entry.data.topics) add(groups.byTopic, topic, entry);
    if (entry.data.firstRelease) add(groups.byRelease, entry.data.firstRelease, entry);
    const named = new Set(Object.values(entry.data.people ?? {}).flatMap((ids) => ids ?? []));
    for (const person of named) add(groups.byPerson, person, entry);
  }
  return groups;
});

/** A topic's changes, newest first. */
export async function getChangesOfTopic(slug: string): Promise<readonly ChangeEntry[]> {
  return (await getChangeGroups()).byTopic.get(slug) ?? [];
}

/** The changes that first shipped in a release (merges to its branch included), newest first. */
export async function getChangesOfRelease(version: string): Promise<readonly ChangeEntry[]> {
  return (await getChangeGroups()).byRelease.get(version) ?? [];
}

/** The changes that name a person in any role, newest first. */
export async function getChangesNaming(person: string): Promise<readonly ChangeEntry[]> {
  return (await getChangeGroups()).byPerson.get(person) ?? [];
}

/** Every advisory, newest first. */
export const getAdvisories = memo(async (): Promise<AdvisoryEntry[]> =>
  (await getCollection('advisories')).sort((a, b) =>
    newestFirst({ ref: a.data.ref, date: a.data.announced }, { ref: b.data.ref, date: b.data.announced }),
  ),
);

/** Merges of a change to stable branches, by the merged record's id. */
export const getMerges = memo(async (): Promise<Map<string, ChangeEntry[]>> => {
  const merges = new Map<string, ChangeEntry[]>();
  for (const entry of await getChanges()) {
    const { mergeOf } = entry.data;
    if (!mergeOf) continue;
    // The validation checked that every mergeOf names a record of the same repository.
    const head = registry().lookup({ ...mergeOf, start: 0, end: mergeOf.text.length });
    if (head.ok) merges.set(head.record.id, [...(merges.get(head.record.id) ?? []), entry]);
  }
  return merges;
});

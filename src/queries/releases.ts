import { getCollection, type CollectionEntry } from 'astro:content';
import { isRecordReference, findReferences } from '../lib/references/find.ts';
import { compareReleases } from '../lib/releases.ts';
import { memo } from './memo.ts';
import { registry } from './site-data.ts';

export type ReleaseEntry = CollectionEntry<'releases'>;

/** Every release, oldest first. */
export const getReleases = memo(async (): Promise<ReleaseEntry[]> =>
  (await getCollection('releases')).sort((a, b) => compareReleases(a.id, b.id)),
);

/** For each record id, the releases whose notes or errata name it, oldest first. */
export const getReleaseMentions = memo(async (): Promise<Map<string, string[]>> => {
  const mentions = new Map<string, string[]>();
  for (const release of await getReleases()) {
    for (const note of release.data.notes) {
      for (const reference of findReferences(note.text).filter(isRecordReference)) {
        const found = registry().lookup(reference);
        if (!found.ok) continue;
        const list = mentions.get(found.record.id) ?? [];
        if (!list.includes(release.id)) list.push(release.id);
        mentions.set(found.record.id, list);
      }
    }
  }
  return mentions;
});

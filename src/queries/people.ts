import { getCollection, type CollectionEntry } from 'astro:content';
import { COMMIT_ROLES, type CommitRole } from '../schemas/change.ts';
import { getChangesNaming, type ChangeEntry } from './changes.ts';
import { memo } from './memo.ts';

export type PersonEntry = CollectionEntry<'people'>;

/** Everyone in the records, by name. */
export const getPeople = memo(async (): Promise<PersonEntry[]> =>
  (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
);

/** Names by person id. */
export const getPersonNames = memo(
  async (): Promise<Map<string, string>> =>
    new Map((await getPeople()).map((person) => [person.id, person.data.name])),
);

/** A person's changes, role by role, newest first. */
export async function getChangesByRole(id: string): Promise<{ role: CommitRole; changes: ChangeEntry[] }[]> {
  const changes = await getChangesNaming(id);
  return COMMIT_ROLES.map((role) => ({
    role,
    changes: changes.filter((entry) => entry.data.people?.[role]?.includes(id)),
  })).filter((group) => group.changes.length > 0);
}

/** Who a change is credited to: its authors where known, else whoever committed it. */
export function creditedIds(data: ChangeEntry['data']): readonly string[] {
  return data.people?.author ?? data.people?.committer ?? [];
}

import type { RecordRef } from '../../lib/references/record-ref.ts';
import { refText } from '../../lib/references/record-ref.ts';
import { problem, type Rule } from './rule.ts';

/**
 * A record does not merge itself, and merges do not go round in a cycle
 * (r101 merges r102, which merges r101): a merge follows its head commit.
 * Each cycle is reported once, at the record of it that sorts first.
 */
export const mergeCycles: Rule = {
  name: 'merge-cycles',
  check: ({ content, registry, at }) => {
    const key = (ref: RecordRef): string => JSON.stringify(ref);
    const merges = new Map<string, { file: string; ref: RecordRef; of: RecordRef }>();
    for (const { data, file, ref } of content.changes) {
      if (data.mergeOf === undefined) continue;
      const found = registry.lookup({ ...data.mergeOf, start: 0, end: data.mergeOf.text.length });
      if (found.ok) merges.set(key(ref), { file, ref, of: found.record.ref });
    }
    const reported = new Set<string>();
    const problems = [];
    for (const [start, merge] of [...merges].sort(([a], [b]) => a.localeCompare(b))) {
      if (reported.has(start)) continue;
      const path = [start];
      let next = merges.get(key(merge.of));
      let nextKey = key(merge.of);
      while (next && !path.includes(nextKey)) {
        path.push(nextKey);
        nextKey = key(next.of);
        next = merges.get(nextKey);
      }
      if (nextKey !== start) continue;
      for (const member of path) reported.add(member);
      const names = path.map((member) => refText(merges.get(member)?.ref ?? merge.ref));
      problems.push(
        problem(
          at(merge.file, ['mergeOf']),
          path.length === 1
            ? `mergeOf ${refText(merge.ref)}: a record cannot merge itself`
            : `mergeOf makes a cycle: ${[...names, names[0] ?? ''].join(' merges ')}`,
          'name the head commit this record merges (mergeOf points from the merge to the commit it brings over)',
        ),
      );
    }
    return problems;
  },
};

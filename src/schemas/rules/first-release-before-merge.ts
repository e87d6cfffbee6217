import { compareReleases, releaseSeries } from '../../lib/releases.ts';
import { refText } from '../../lib/references/record-ref.ts';
import { problem, type Rule } from './rule.ts';

/**
 * A commit reaches a release series other than its own only through its
 * merge to that series' stable branch: a record's firstRelease in the series
 * a merge went to is not earlier than the first release that merge reached.
 */
export const firstReleaseBeforeMerge: Rule = {
  name: 'first-release-before-merge',
  check: ({ content, registry, at }) =>
    content.changes.flatMap(({ data, file, ref }) => {
      if (data.mergeOf === undefined || data.firstRelease === undefined) return [];
      const found = registry.lookup({ ...data.mergeOf, start: 0, end: data.mergeOf.text.length });
      if (!found.ok || found.record.collection !== 'changes') return [];
      const head = found.record.data.firstRelease;
      const reached = data.firstRelease;
      if (head === undefined || releaseSeries(head) !== releaseSeries(reached)) return [];
      if (compareReleases(head, reached) >= 0) return [];
      return [
        problem(
          at(found.record.file, ['firstRelease']),
          `firstRelease "${head}" precedes ${reached}, the first release its merge ${refText(ref)} reached (${file}); the change could only reach the ${String(releaseSeries(reached))} series through that merge`,
          `set firstRelease: "${reached}", or correct the merge's firstRelease`,
        ),
      ];
    }),
};

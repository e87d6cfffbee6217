import { compareReleases } from '../../lib/releases.ts';
import { refText } from '../../lib/references/record-ref.ts';
import { sameHistory } from '../../lib/references/svn.ts';
import { problem, type Rule } from './rule.ts';

/**
 * A merge names a record of the same repository (or of the Subversion repository it continues), and that head commit does
 * not claim a later first release than its merge shipped in.
 */
export const mergeOf: Rule = {
  name: 'merge-of',
  check: ({ content, known, registry, knownRecords, at }) =>
    content.changes.flatMap(({ data, file, ref }) => {
      if (data.mergeOf === undefined) return [];
      const written = { ...data.mergeOf, start: 0, end: data.mergeOf.text.length };
      const found = registry.lookup(written);
      // The merged record is there but invalid: its own problems are reported.
      if (!found.ok && knownRecords.lookup(written).ok) return [];
      if (
        !found.ok ||
        found.record.collection !== 'changes' ||
        !sameHistory(found.record.ref.repository, ref.repository)
      )
        return [
          problem(
            at(file, ['mergeOf']),
            `mergeOf ${data.mergeOf.text}: no record of that commit in ${ref.repository}`,
            `add a record for ${data.mergeOf.text} in content/changes/${ref.repository}/, or correct the reference`,
          ),
        ];
      const head = found.record.data.firstRelease;
      const merged = data.firstRelease;
      if (head === undefined || merged === undefined) return [];
      if (!known.releases.has(head) || !known.releases.has(merged) || compareReleases(merged, head) >= 0)
        return [];
      return [
        problem(
          at(found.record.file, ['firstRelease']),
          `firstRelease "${head}", but its merge ${refText(ref)} to ${data.branch ?? 'a stable branch'} shipped in ${merged} (${file})`,
          `the change first shipped in ${merged}: set firstRelease: "${merged}", and let the body say which release's notes list which commit`,
        ),
      ];
    }),
};

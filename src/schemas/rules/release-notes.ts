import { formatLocation } from '../../lib/content-error.ts';
import { findReferences, isRecordReference } from '../../lib/references/find.ts';
import { compareReleases } from '../../lib/releases.ts';
import { problem, type Rule } from './rule.ts';

/** A commit a release's notes list first shipped in that release or earlier, and says when. */
export const releaseNotes: Rule = {
  name: 'release-notes',
  check: ({ content, known, registry, at }) =>
    content.releases.flatMap((release) =>
      release.data.notes.flatMap((note, i) =>
        findReferences(note.text)
          .filter(isRecordReference)
          .flatMap((reference) => {
            const found = registry.lookup(reference);
            if (!found.ok || found.record.collection !== 'changes') return [];
            const first = found.record.data.firstRelease;
            if (first === undefined)
              return [
                problem(
                  at(found.record.file, ['title']),
                  `the ${release.id} release notes list ${reference.text}, but the record gives no firstRelease`,
                  `set firstRelease to "${release.id}" or the earlier release that first shipped it`,
                ),
              ];
            if (!known.releases.has(first) || compareReleases(first, release.id) <= 0) return [];
            return [
              problem(
                at(found.record.file, ['firstRelease']),
                `firstRelease "${first}" is later than ${release.id}, whose notes list ${reference.text} (${formatLocation(at(release.file, ['notes', i, 'text']))})`,
                `set firstRelease to "${release.id}" or earlier`,
              ),
            ];
          }),
      ),
    ),
};

import { spanProblems } from '../../lib/support-matrix.ts';
import { DATA_FILES } from '../kinds.ts';
import { problem, type Rule } from './rule.ts';

/**
 * Every run of the support matrix covers releases that exist, oldest first
 * without overlaps; a run that says something cites evidence, and an
 * "unknown" run without evidence says why.
 */
export const supportRuns: Rule = {
  name: 'support-runs',
  check: ({ content, known, at }) => {
    const file = DATA_FILES.support.file;
    return content.data.support.groups.flatMap((group, g) =>
      group.features.flatMap((feature, f) => {
        const spans = ['groups', g, 'features', f, 'spans'];
        return [
          ...spanProblems(feature.spans, known.releases).map((found) =>
            problem(
              at(file, [...spans, found.index]),
              `${feature.id}: ${found.message}`,
              'give runs of releases that exist, oldest first, without overlaps',
            ),
          ),
          ...feature.spans.flatMap((span, i) => {
            if (span.evidence.length > 0) return [];
            if (span.status !== 'unknown')
              return [
                problem(
                  at(file, [...spans, i]),
                  `${feature.id}: a "${span.status}" run without evidence`,
                  'name the source that says so, or make the run "unknown"',
                ),
              ];
            if (span.note !== undefined) return [];
            return [
              problem(
                at(file, [...spans, i]),
                `${feature.id}: an "unknown" run that does not say why`,
                'add a note on what the sources say and leave open',
              ),
            ];
          }),
        ];
      }),
    );
  },
};

import { DATA_FILES } from '../kinds.ts';
import { problem, type Rule } from './rule.ts';

/** A support-matrix cell's evidence marked primary cites a source labelled primary. */
export const primaryEvidence: Rule = {
  name: 'primary-evidence',
  check: ({ content, at }) => {
    const { sources, support } = content.data;
    const file = DATA_FILES.support.file;
    return support.groups.flatMap((group, g) =>
      group.features.flatMap((feature, f) =>
        feature.spans.flatMap((span, s) =>
          span.evidence.flatMap((evidence, e) => {
            if (evidence.strength !== 'primary' || !Object.hasOwn(sources, evidence.source)) return [];
            if (sources[evidence.source]?.primary === true) return [];
            return [
              problem(
                at(file, ['groups', g, 'features', f, 'spans', s, 'evidence', e, 'strength']),
                `${feature.id}: evidence marked primary cites "${evidence.source}", which is not a primary source`,
                'mark it "supplementary", or cite a primary source (labelled primary: true in content/data/sources.json)',
              ),
            ];
          }),
        ),
      ),
    );
  },
};

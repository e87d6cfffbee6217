import { DATA_FILES } from '../kinds.ts';
import { problem, type Rule } from './rule.ts';

/** A topic's "Status today" box names features of the support matrix. */
export const statusFeatures: Rule = {
  name: 'status-features',
  check: ({ content, at }) => {
    const features = new Set(
      content.data.support.groups.flatMap((group) => group.features.map((feature) => feature.id)),
    );
    return content.topics.flatMap((topic) =>
      topic.data.status.features.flatMap((id, i) =>
        features.has(id)
          ? []
          : [
              problem(
                at(topic.file, ['status', 'features', i]),
                `unknown feature "${id}"`,
                `use a feature id of ${DATA_FILES.support.file}, or add the feature there`,
              ),
            ],
      ),
    );
  },
};

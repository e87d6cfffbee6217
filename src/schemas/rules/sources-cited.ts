import { DATA_FILES } from '../kinds.ts';
import { sourceCitations } from './mentions.ts';
import { problem, type Rule } from './rule.ts';

/** Every source of sources.json supports something; said only when every file could be read. */
export const sourcesCited: Rule = {
  name: 'sources-cited',
  check: ({ content, at, complete }) => {
    if (!complete) return [];
    const cited = new Set(sourceCitations(content).map(({ id }) => id));
    return Object.keys(content.data.sources)
      .filter((id) => !cited.has(id))
      .map((id) =>
        problem(
          at(DATA_FILES.sources.file, [id]),
          `the source "${id}" is cited nowhere`,
          'cite it where it supports a fact, or remove it',
        ),
      );
  },
};

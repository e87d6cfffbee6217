import { DATA_FILES } from '../kinds.ts';
import { sourceCitations } from './mentions.ts';
import { problem, type Rule } from './rule.ts';

/** Every source an entry or a data file cites is listed in sources.json. */
export const sourcesExist: Rule = {
  name: 'sources-exist',
  check: ({ content, at }) =>
    sourceCitations(content)
      .filter(({ id }) => !Object.hasOwn(content.data.sources, id))
      .map(({ file, path, id }) =>
        problem(
          at(file, path),
          `unknown source "${id}"`,
          `add it to ${DATA_FILES.sources.file} or use one of its ids`,
        ),
      ),
};

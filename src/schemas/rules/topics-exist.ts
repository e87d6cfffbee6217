import { DATA_FILES } from '../kinds.ts';
import { topicMentions } from './mentions.ts';
import { problem, type Rule } from './rule.ts';

/** Every topic slug written in a record, a topic or a data file names a topic page. */
export const topicsExist: Rule = {
  name: 'topics-exist',
  check: ({ content, known, at }) => {
    const list = [...known.topics].join(', ');
    return topicMentions(content)
      .filter(({ id }) => !known.topics.has(id))
      .map(({ file, path, id }) =>
        problem(
          at(file, path),
          `${path.map(String).join('.')}: unknown topic "${id}"`,
          `use a topic listed in ${DATA_FILES.navigation.file}: ${list}`,
        ),
      );
  },
};

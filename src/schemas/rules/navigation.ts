import { DATA_FILES } from '../kinds.ts';
import { problem, type Rule } from './rule.ts';

/** The navigation lists each topic page once, and only topic pages that exist. */
export const navigation: Rule = {
  name: 'navigation',
  check: ({ content, known, at }) => {
    const file = DATA_FILES.navigation.file;
    const listed = new Set<string>();
    const problems = content.data.navigation.groups.flatMap((group, g) =>
      group.topics.flatMap((slug, t) => {
        const where = at(file, ['groups', g, 'topics', t]);
        const found = [
          ...(known.topics.has(slug)
            ? []
            : [
                problem(
                  where,
                  `lists "${slug}", but content/topics/${slug}.mdx does not exist`,
                  'add the page or remove the slug',
                ),
              ]),
          ...(listed.has(slug)
            ? [problem(where, `lists "${slug}" twice`, 'keep the topic in one group')]
            : []),
        ];
        listed.add(slug);
        return found;
      }),
    );
    for (const topic of content.topics) {
      if (!listed.has(topic.id))
        problems.push(
          problem(
            { file: topic.file, line: 1 },
            `the topic is not listed in ${file}`,
            `add "${topic.id}" to a group there`,
          ),
        );
    }
    return problems;
  },
};

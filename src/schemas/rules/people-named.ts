import { COMMIT_ROLES } from '../change.ts';
import { problem, type Rule } from './rule.ts';

/** Every person is named by some record; said only when every file could be read. */
export const peopleNamed: Rule = {
  name: 'people-named',
  check: ({ content, complete }) => {
    if (!complete) return [];
    const named = new Set(
      content.changes.flatMap((change) => COMMIT_ROLES.flatMap((role) => change.data.people?.[role] ?? [])),
    );
    return content.people
      .filter((person) => !named.has(person.id))
      .map((person) =>
        problem(
          { file: person.file, line: 1 },
          `no change record names ${person.id}`,
          'name the person in a record (people: …), or delete the file',
        ),
      );
  },
};

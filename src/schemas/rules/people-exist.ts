import { COMMIT_ROLES } from '../change.ts';
import { problem, type Rule } from './rule.ts';

/** Every person a record names in a role has a file in content/people/. */
export const peopleExist: Rule = {
  name: 'people-exist',
  check: ({ content, known, at }) =>
    content.changes.flatMap((change) =>
      COMMIT_ROLES.flatMap((role) =>
        (change.data.people?.[role] ?? []).flatMap((id, i) =>
          known.people.has(id)
            ? []
            : [
                problem(
                  at(change.file, ['people', role, i]),
                  `unknown person "${id}"`,
                  `add content/people/${id}.md with the person's name and a source, or use an existing id`,
                ),
              ],
        ),
      ),
    ),
};

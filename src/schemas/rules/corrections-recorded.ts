import { problem, type Rule } from './rule.ts';

/**
 * Every commit an advisory lists as its correction has a record (CONTRIBUTING:
 * "each commit with a record"), so that the advisory page links it and the
 * record says which advisory it fixed.
 */
export const correctionsRecorded: Rule = {
  name: 'corrections-recorded',
  check: ({ content, knownRecords, at }) =>
    content.advisories.flatMap(({ file, data }) =>
      data.corrections.flatMap(({ commit, branch }, index) => {
        if (knownRecords.lookup({ ...commit, start: 0, end: commit.text.length }).ok) return [];
        return [
          problem(
            at(file, ['corrections', index, 'commit']),
            `the correction on ${branch}, ${commit.text}, has no record`,
            `add its record in content/changes/ (with branch: ${branch} and what the advisory says it fixed), or correct the commit`,
          ),
        ];
      }),
    ),
};

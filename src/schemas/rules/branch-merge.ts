import { problem, type Rule } from './rule.ts';

/** Only a merge record (one with mergeOf) names the branch it went to. */
export const branchMerge: Rule = {
  name: 'branch-merge',
  check: ({ content, at }) =>
    content.changes
      .filter(({ data }) => data.branch !== undefined && data.mergeOf === undefined)
      .map(({ file }) =>
        problem(
          at(file, ['branch']),
          'a branch without mergeOf: only a merge record names the branch it went to',
          'add mergeOf with the commit it merges, or remove branch',
        ),
      ),
};

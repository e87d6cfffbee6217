import { describe } from 'vitest';
import { branchMerge } from '../../../src/schemas/rules/branch-merge.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const MERGE = 'content/changes/base/r101.md';

describe('the rule that only a merge names its branch', () => {
  runRule(branchMerge, [
    {
      name: 'names a branch on a record that merges nothing',
      change: (files) => edit(files, MERGE, 'mergeOf: r100\n', ''),
      expected: (files) => [
        `${MERGE}:${place(files, MERGE, 'stable/1')}: a branch without mergeOf: only a merge record names the branch it went to\n    fix: add mergeOf with the commit it merges, or remove branch`,
      ],
    },
  ]);
});

import { describe } from 'vitest';
import { mergeCycles } from '../../../src/schemas/rules/merge-cycles.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const HEAD = 'content/changes/base/r100.md';
const MERGE = 'content/changes/base/r101.md';

describe('the rule that merges do not go round', () => {
  runRule(mergeCycles, [
    {
      name: 'refuses a record that merges itself',
      change: (files) => edit(files, MERGE, 'mergeOf: r100', 'mergeOf: r101'),
      expected: (files) => [
        `${MERGE}:${place(files, MERGE, 'r101')}: mergeOf r101: a record cannot merge itself\n    fix: name the head commit this record merges (mergeOf points from the merge to the commit it brings over)`,
      ],
    },
    {
      name: 'refuses two records that merge each other, once',
      change: (files) => edit(files, HEAD, 'firstRelease', 'mergeOf: r101\nbranch: stable/1\nfirstRelease'),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, 'r101')}: mergeOf makes a cycle: r100 merges r101 merges r100\n    fix: name the head commit this record merges (mergeOf points from the merge to the commit it brings over)`,
      ],
    },
  ]);
});

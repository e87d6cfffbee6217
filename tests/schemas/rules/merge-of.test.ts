import { describe } from 'vitest';
import { mergeOf } from '../../../src/schemas/rules/merge-of.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const HEAD = 'content/changes/base/r100.md';
const MERGE = 'content/changes/base/r101.md';

describe('the rule that a merge names its head commit and ships no earlier', () => {
  runRule(mergeOf, [
    {
      name: 'names a merge of a commit without a record',
      change: (files) => edit(files, MERGE, 'mergeOf: r100', 'mergeOf: r99'),
      expected: (files) => [
        `${MERGE}:${place(files, MERGE, 'r99')}: mergeOf r99: no record of that commit in base\n    fix: add a record for r99 in content/changes/base/, or correct the reference`,
      ],
    },
    {
      name: 'names a head commit claiming a later first release than its merge',
      change: (files) => edit(files, MERGE, "firstRelease: '1.1'", "firstRelease: '1.0'"),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, "'1.1'")}: firstRelease "1.1", but its merge r101 to stable/1 shipped in 1.0 (${MERGE})\n    fix: the change first shipped in 1.0: set firstRelease: "1.0", and let the body say which release's notes list which commit`,
      ],
    },
    {
      name: 'says nothing of a merge whose head record has a bad field',
      change: (files) => edit(files, HEAD, 'verified: true', 'verified: yes'),
      expected: [],
    },
  ]);
});

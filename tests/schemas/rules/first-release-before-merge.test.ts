import { describe } from 'vitest';
import { firstReleaseBeforeMerge } from '../../../src/schemas/rules/first-release-before-merge.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const HEAD = 'content/changes/base/r100.md';
const MERGE = 'content/changes/base/r101.md';

describe('the rule that a commit reaches a stable series no earlier than its merge to it', () => {
  runRule(firstReleaseBeforeMerge, [
    {
      name: 'names a head commit whose first release in the series precedes the one its merge reached',
      change: (files) => edit(files, HEAD, "firstRelease: '1.1'", "firstRelease: '1.0'"),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, "'1.0'")}: firstRelease "1.0" precedes 1.1, the first release its merge r101 reached (${MERGE}); the change could only reach the 1 series through that merge\n    fix: set firstRelease: "1.1", or correct the merge's firstRelease`,
      ],
    },
    {
      name: 'says nothing where the merge gives no first release',
      change: (files) => {
        edit(files, HEAD, "firstRelease: '1.1'", "firstRelease: '1.0'");
        edit(files, MERGE, "firstRelease: '1.1'\n", '');
      },
      expected: [],
    },
  ]);
});

import { describe } from 'vitest';
import { recordBeforeRelease } from '../../../src/schemas/rules/record-before-release.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const HEAD = 'content/changes/base/r100.md';

describe('the rule that a commit is not dated after the release that first shipped it', () => {
  runRule(recordBeforeRelease, [
    {
      name: 'names a record dated after the release date of its firstRelease',
      change: (files) => edit(files, HEAD, "date: '2015-07-30'", "date: '2016-07-01'"),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, "'2016-07-01'")}: date 2016-07-01 is after FreeBSD 1.1 came out (1 June 2016), yet firstRelease says it shipped there\n    fix: check the commit date, or set firstRelease to the first release made after 2016-07-01 that shipped it`,
      ],
    },
    {
      name: 'accepts a record dated on the release day itself',
      change: (files) => edit(files, HEAD, "date: '2015-07-30'", "date: '2016-06-01'"),
      expected: [],
    },
    {
      name: 'says nothing of a record without a first release',
      change: (files) => {
        edit(files, HEAD, "date: '2015-07-30'", "date: '2016-07-01'");
        edit(files, HEAD, "firstRelease: '1.1'\n", '');
      },
      expected: [],
    },
  ]);
});

import { describe } from 'vitest';
import { svnDates } from '../../../src/schemas/rules/svn-dates.ts';
import { SVN_LAST_DAY } from '../../../src/lib/references/svn.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';

describe('the rule that a Subversion revision is not dated after its repository moved to git', () => {
  runRule(svnDates, [
    {
      name: 'names a revision dated after the move',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", "date: '2022-01-01'"),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, "'2022-01-01'")}: date 2022-01-01 is after base left Subversion (${SVN_LAST_DAY.base}): r100 cannot be that late\n    fix: check the date, or whether this is a git commit`,
      ],
    },
    {
      name: 'accepts a revision dated on the last day',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", `date: '${SVN_LAST_DAY.base}'`),
      expected: [],
    },
  ]);
});

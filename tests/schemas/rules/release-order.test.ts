import { describe } from 'vitest';
import { releaseOrder } from '../../../src/schemas/rules/release-order.ts';
import { edit, place, type Files } from '../fixture.ts';
import { runRule } from './check.ts';

const SECOND = 'content/releases/1.1.md';
const NEXT_MAJOR = 'content/releases/2.0.md';

/** A 2.0 release on the date given, otherwise as the fixture's 1.0 is written. */
const nextMajor = (files: Files, date: string): string =>
  (files.get('content/releases/1.0.md') ?? '')
    .replace(/^date: .*$/m, `date: '${date}'`)
    .replace('branch: stable/1', 'branch: stable/2');

describe('the rule that releases follow each other', () => {
  runRule(releaseOrder, [
    {
      name: 'refuses a release cut from the branch of another major version',
      change: (files) => edit(files, SECOND, 'branch: stable/1', 'branch: stable/2'),
      expected: (files) => [
        `${SECOND}:${place(files, SECOND, 'stable/2')}: branch stable/2, but 1.1 is a release of FreeBSD 1\n    fix: a 1.x release is cut from stable/1 (or releng/1.1): correct the branch or the version`,
      ],
    },
    {
      name: 'accepts a release branch of its own version',
      change: (files) => edit(files, SECOND, 'branch: stable/1', 'branch: releng/1.1'),
      expected: [],
    },
    {
      name: 'refuses a minor release dated before the one it follows',
      change: (files) => edit(files, SECOND, "'2016-06-01'", "'2013-06-01'"),
      expected: (files) => [
        `${SECOND}:${place(files, SECOND, "'2013-06-01'")}: date 2013-06-01 is not after 1.0's (2014-01-01), an earlier version\n    fix: check both dates against the release announcements`,
      ],
    },
    {
      name: "refuses a major version's first release dated before the previous one's",
      change: (files) => files.set(NEXT_MAJOR, nextMajor(files, '2013-01-01')),
      expected: (files) => [
        `${NEXT_MAJOR}:${place(files, NEXT_MAJOR, "'2013-01-01'")}: date 2013-01-01 is not after 1.0's (2014-01-01), an earlier version\n    fix: check both dates against the release announcements`,
      ],
    },
    {
      name: "accepts a minor release of an older major dated after a newer major's first release",
      change: (files) => files.set(NEXT_MAJOR, nextMajor(files, '2015-01-01')),
      expected: [],
    },
  ]);
});

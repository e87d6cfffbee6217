import { describe } from 'vitest';
import { correctionsRecorded } from '../../../src/schemas/rules/corrections-recorded.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const ADVISORY = 'content/advisories/FreeBSD-SA-01-01.xen.md';

describe('the rule that every correction commit of an advisory has a record', () => {
  runRule(correctionsRecorded, [
    {
      name: 'accepts a correction whose commit has a record',
      change: (files) =>
        edit(
          files,
          ADVISORY,
          'topics: [alpha]',
          'corrections:\n  - { branch: stable/1, commit: r101 }\ntopics: [alpha]',
        ),
      expected: [],
    },
    {
      name: 'refuses a correction whose commit has no record, at the commit',
      change: (files) =>
        edit(
          files,
          ADVISORY,
          'topics: [alpha]',
          'corrections:\n  - { branch: stable/1, commit: r101 }\n  - { branch: releng/1.1, commit: r999 }\ntopics: [alpha]',
        ),
      expected: (files) => [
        `${ADVISORY}:${place(files, ADVISORY, 'r999')}: the correction on releng/1.1, r999, has no record\n    fix: add its record in content/changes/ (with branch: releng/1.1 and what the advisory says it fixed), or correct the commit`,
      ],
    },
  ]);
});

import { describe } from 'vitest';
import { futureDates } from '../../../src/schemas/rules/future-dates.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';
const ADVISORY = 'content/advisories/FreeBSD-SA-01-01.xen.md';

describe('the rule that no date is later than today', () => {
  runRule(futureDates, [
    {
      name: "names a record's date after today",
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", "date: '2026-12-03'"),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, "'2026-12-03'")}: date 2026-12-03 is in the future\n    fix: give the commit date a source states`,
      ],
    },
    {
      name: "names an advisory's dates after today by their field",
      change: (files) =>
        edit(
          files,
          ADVISORY,
          "announced: '2016-01-01'",
          "announced: '2027-01-01'\nreleaseNotesDate: '2027-02-01'",
        ),
      expected: (files) => [
        `${ADVISORY}:${place(files, ADVISORY, "'2027-01-01'")}: announced 2027-01-01 is in the future\n    fix: give the date the advisory or release documents state`,
        `${ADVISORY}:${place(files, ADVISORY, "'2027-02-01'")}: releaseNotesDate 2027-02-01 is in the future\n    fix: give the date the advisory or release documents state`,
      ],
    },
    {
      name: "names a release's date after today",
      change: (files) => edit(files, 'content/releases/1.1.md', "date: '2016-06-01'", "date: '2027-06-01'"),
      expected: [
        'content/releases/1.1.md:2:7: date 2027-06-01 is in the future\n    fix: give the date of the release announcement',
      ],
    },
    {
      name: 'accepts a date of today',
      change: (files) => edit(files, 'content/releases/1.1.md', "date: '2016-06-01'", "date: '2026-12-02'"),
      expected: [],
    },
  ]);
});

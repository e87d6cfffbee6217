import { describe } from 'vitest';
import { releaseDateSource } from '../../../src/schemas/rules/release-date-source.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RELEASE = 'content/releases/1.0.md';
const SOURCES = 'content/data/sources.json';

describe('the rule that a release date names the FreeBSD document it comes from', () => {
  runRule(releaseDateSource, [
    {
      name: 'names a date source that does not exist',
      change: (files) => edit(files, RELEASE, 'source: schedule-1.0', 'source: schedule-9.9'),
      expected: (files) => [
        `${RELEASE}:${place(files, RELEASE, 'schedule-9.9')}: the date of 1.0 names the unknown source "schedule-9.9"\n    fix: name a source of content/data/sources.json`,
      ],
    },
    {
      name: 'names a source of the wrong kind for how the date is given',
      change: (files) => edit(files, RELEASE, 'as: schedule (actual)', 'as: announcement'),
      expected: (files) => [
        `${RELEASE}:${place(files, RELEASE, 'schedule-1.0')}: the date of 1.0 is given "as announcement", but "schedule-1.0" is of kind schedule, not announcement\n    fix: name the announcement the date comes from, or say how this source gives it`,
      ],
    },
    {
      name: 'names a date source the release does not list among its sources',
      change: (files) => edit(files, RELEASE, 'sources: [notes-1.0, schedule-1.0]', 'sources: [notes-1.0]'),
      expected: (files) => [
        `${RELEASE}:${place(files, RELEASE, 'schedule-1.0')}: the date of 1.0 comes from "schedule-1.0", which its sources do not list\n    fix: add schedule-1.0 to sources`,
      ],
    },
    {
      name: 'names a date taken from a page the FreeBSD Project does not publish',
      change: (files) =>
        edit(
          files,
          SOURCES,
          'https://www.freebsd.org/releases/1.0R/schedule/',
          'https://mirror.example/schedule/',
        ),
      expected: (files) => [
        `${RELEASE}:${place(files, RELEASE, 'schedule-1.0')}: the date of 1.0 comes from "schedule-1.0" (https://mirror.example/schedule/), which is not a FreeBSD publication\n    fix: take release dates from the FreeBSD Project's own announcement, schedule, news or security pages`,
        `content/releases/1.1.md:${place(files, 'content/releases/1.1.md', 'schedule-1.0')}: the date of 1.1 comes from "schedule-1.0" (https://mirror.example/schedule/), which is not a FreeBSD publication\n    fix: take release dates from the FreeBSD Project's own announcement, schedule, news or security pages`,
      ],
    },
    {
      name: 'checks the other dates shown next to a release date too',
      change: (files) =>
        edit(
          files,
          RELEASE,
          'branch: stable/1',
          "otherDates:\n  - { date: '2014-01-02', source: talk, as: release table }\nbranch: stable/1",
        ),
      expected: (files) => [
        `${RELEASE}:${place(files, RELEASE, 'talk')}: the date of 1.0 is given "as release table", but "talk" is of kind talk, not documentation\n    fix: name the documentation the date comes from, or say how this source gives it`,
        `${RELEASE}:${place(files, RELEASE, 'talk')}: the date of 1.0 comes from "talk" (https://talk.example/), which is not a FreeBSD publication\n    fix: take release dates from the FreeBSD Project's own announcement, schedule, news or security pages`,
        `${RELEASE}:${place(files, RELEASE, 'talk')}: the date of 1.0 comes from "talk", which its sources do not list\n    fix: add talk to sources`,
      ],
    },
  ]);
});

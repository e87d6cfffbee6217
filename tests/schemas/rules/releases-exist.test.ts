import { describe } from 'vitest';
import { releasesExist } from '../../../src/schemas/rules/releases-exist.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';
const ADVISORY = 'content/advisories/FreeBSD-SA-01-01.xen.md';

describe('the rule that every release named has a file', () => {
  runRule(releasesExist, [
    {
      name: "names a record's first release that does not exist",
      change: (files) => edit(files, RECORD, "firstRelease: '1.1'", "firstRelease: '1.5'"),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, "'1.5'")}: unknown release "1.5"\n    fix: add content/releases/1.5.md, or correct the version`,
      ],
    },
    {
      name: 'names an advisory release that does not exist',
      change: (files) => edit(files, ADVISORY, "releases: ['1.1']", "releases: ['1.1', '2.0']"),
      expected: (files) => [
        `${ADVISORY}:${place(files, ADVISORY, "'2.0'")}: unknown release "2.0"\n    fix: add content/releases/2.0.md, or correct the version`,
      ],
    },
    {
      name: 'keeps a release with a bad field known',
      change: (files) => edit(files, 'content/releases/1.1.md', "date: '2016-06-01'", "date: '2016'"),
      expected: [],
    },
  ]);
});

import { describe } from 'vitest';
import { releaseNotes } from '../../../src/schemas/rules/release-notes.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';

describe('the rule that release notes agree with first releases', () => {
  runRule(releaseNotes, [
    {
      name: 'names a listed commit whose first release is later',
      change: (files) =>
        edit(
          files,
          'content/releases/1.0.md',
          'sources:',
          'notes:\n  - in: errata\n    text: Alpha reads (r100).\nsources:',
        ),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, "'1.1'")}: firstRelease "1.1" is later than 1.0, whose notes list r100 (content/releases/1.0.md:${place(files, 'content/releases/1.0.md', 'Alpha')})\n    fix: set firstRelease to "1.0" or earlier`,
      ],
    },
    {
      name: 'names a listed commit without a first release',
      change: (files) => edit(files, RECORD, "firstRelease: '1.1'\n", ''),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'Alpha learns')}: the 1.1 release notes list r100, but the record gives no firstRelease\n    fix: set firstRelease to "1.1" or the earlier release that first shipped it`,
      ],
    },
  ]);
});

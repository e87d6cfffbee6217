import { describe } from 'vitest';
import { verifiedSource } from '../../../src/schemas/rules/verified-source.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';

describe('the rule that a verified record has a source besides the talk', () => {
  runRule(verifiedSource, [
    {
      name: 'names a verified record whose only source is the talk',
      change: (files) => edit(files, RECORD, 'sources: [talk, mirror-r100]', 'sources: [talk]'),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'true\ninTalk', undefined)}: verified: true, but the talk is the only source\n    fix: add the source that ties the commit to its content, or set verified: false`,
      ],
    },
  ]);
});

import { describe } from 'vitest';
import { peopleExist } from '../../../src/schemas/rules/people-exist.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';

describe('the rule that every person a record names has a file', () => {
  runRule(peopleExist, [
    {
      name: 'names an unknown person in a role',
      change: (files) => edit(files, RECORD, 'author: [alice]', 'author: [alice]\n  reviewers: [bob]'),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'bob')}: unknown person "bob"\n    fix: add content/people/bob.md with the person's name and a source, or use an existing id`,
      ],
    },
    {
      name: 'keeps a person with a bad field known',
      change: (files) => edit(files, 'content/people/alice.md', 'name: Alice Example', 'name: A'),
      expected: [],
    },
  ]);
});

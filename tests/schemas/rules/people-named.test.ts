import { describe } from 'vitest';
import { peopleNamed } from '../../../src/schemas/rules/people-named.ts';
import { edit } from '../fixture.ts';
import { runRule } from './check.ts';

const PERSON = '---\nname: Bob Example\nfreebsdAccount: false\nsources: [talk]\n---\n';

describe('the rule that every person is named by a record', () => {
  runRule(peopleNamed, [
    {
      name: 'names a person no record names',
      change: (files) => files.set('content/people/bob.md', PERSON),
      expected: [
        'content/people/bob.md:1: no change record names bob\n    fix: name the person in a record (people: …), or delete the file',
      ],
    },
    {
      name: 'says nothing while a record that may name the person is invalid',
      change: (files) => {
        files.set('content/people/bob.md', PERSON);
        edit(files, 'content/changes/base/r101.md', 'verified: false', 'verified: no');
      },
      expected: [],
    },
  ]);
});

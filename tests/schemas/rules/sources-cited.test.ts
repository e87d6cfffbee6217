import { describe } from 'vitest';
import { sourcesCited } from '../../../src/schemas/rules/sources-cited.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const SOURCES = 'content/data/sources.json';

describe('the rule that every source is cited', () => {
  runRule(sourcesCited, [
    {
      name: 'names a source nothing cites',
      change: (files) =>
        edit(files, 'content/changes/base/r100.md', 'sources: [talk, mirror-r100]', 'sources: [talk]'),
      expected: (files) => [
        `${SOURCES}:${place(files, SOURCES, '"mirror-r100"')}: the source "mirror-r100" is cited nowhere\n    fix: cite it where it supports a fact, or remove it`,
      ],
    },
    {
      name: 'says nothing while a file that may cite it is invalid',
      change: (files) => {
        edit(files, 'content/changes/base/r100.md', 'sources: [talk, mirror-r100]', 'sources: [talk]');
        edit(files, 'content/people/alice.md', 'freebsdAccount: true', 'freebsdAccount: yes');
      },
      expected: [],
    },
  ]);
});

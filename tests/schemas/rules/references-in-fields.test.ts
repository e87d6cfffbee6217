import { describe } from 'vitest';
import { referencesInFields } from '../../../src/schemas/rules/references-in-fields.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const RECORD = 'content/changes/base/r100.md';
const TOPIC = 'content/topics/alpha.mdx';
const SVN_FIX = (n: string) =>
  `fix: add content/changes/base/${n}.md (or content/changes/ports/… for a ports commit) with its facts and sources, or write it as inline code if it is not a reference`;

describe('the rule that references in front matter and data resolve', () => {
  runRule(referencesInFields, [
    {
      name: 'names a reference without a record in a title, at the reference',
      change: (files) =>
        edit(files, RECORD, 'title: Alpha learns to read', 'title: Alpha learns to read, after r999'),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'r999')}: title: r999 has no record\n    ${SVN_FIX('r999')}`,
      ],
    },
    {
      name: 'names an advisory without a record in a description',
      change: (files) => edit(files, TOPIC, 'and since when', 'and FreeBSD-SA-99:01.xen since when'),
      expected: (files) => [
        `${TOPIC}:${place(files, TOPIC, 'FreeBSD-SA-99')}: description: FreeBSD-SA-99:01.xen has no record\n    fix: add content/advisories/FreeBSD-SA-99-01.xen.md with its facts and sources, or write it as inline code if it is not a reference`,
      ],
    },
    {
      name: 'names a reference without a record in the text of a data file',
      change: (files) =>
        edit(files, 'content/data/support.json', 'The notes list it.', 'The notes list r98.'),
      expected: (files) => [
        `content/data/support.json:${place(files, 'content/data/support.json', 'r98')}: groups.0.features.0.spans.0.evidence.0.says: r98 has no record\n    ${SVN_FIX('r98')}`,
      ],
    },
    {
      name: 'takes a source id or a source title as a name, not a reference',
      change: (files) => edit(files, 'content/data/sources.json', '"Commit r100"', '"Commit r97"'),
      expected: [],
    },
    {
      name: 'accepts a reference to a record whose front matter is invalid',
      change: (files) => {
        edit(files, TOPIC, 'and since when', 'and r101 since when');
        edit(files, 'content/changes/base/r101.md', 'verified: false', 'verified: no');
      },
      expected: [],
    },
  ]);
});

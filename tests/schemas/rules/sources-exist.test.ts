import { describe } from 'vitest';
import { sourcesExist } from '../../../src/schemas/rules/sources-exist.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const FIX = 'fix: add it to content/data/sources.json or use one of its ids';

describe('the rule that every cited source is listed', () => {
  runRule(sourcesExist, [
    {
      name: 'names an unknown source on a topic',
      change: (files) => edit(files, 'content/topics/beta.mdx', 'sources: [talk]', 'sources: [talks]'),
      expected: (files) => [
        `content/topics/beta.mdx:${place(files, 'content/topics/beta.mdx', 'talks')}: unknown source "talks"\n    ${FIX}`,
      ],
    },
    {
      name: 'names an unknown source of a chart',
      change: (files) => edit(files, 'content/data/charts.json', '"source": "talk"', '"source": "paper"'),
      expected: (files) => [
        `content/data/charts.json:${place(files, 'content/data/charts.json', '"paper"')}: unknown source "paper"\n    ${FIX}`,
      ],
    },
    {
      name: 'names unknown evidence of the support matrix',
      change: (files) =>
        edit(files, 'content/data/support.json', '"source": "notes-1.0"', '"source": "notes-9.9"'),
      expected: (files) => [
        `content/data/support.json:${place(files, 'content/data/support.json', '"notes-9.9"')}: unknown source "notes-9.9"\n    ${FIX}`,
      ],
    },
  ]);
});

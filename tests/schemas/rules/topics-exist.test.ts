import { describe } from 'vitest';
import { topicsExist } from '../../../src/schemas/rules/topics-exist.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const FIX = 'use a topic listed in content/data/topics.json: alpha, beta';
const RECORD = 'content/changes/base/r100.md';

describe('the rule that every topic slug names a topic', () => {
  runRule(topicsExist, [
    {
      name: 'names an unknown topic on a record, at its place in the list',
      change: (files) => edit(files, RECORD, 'topics: [alpha]', 'topics: [alpha, gamma]'),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'gamma')}: topics.1: unknown topic "gamma"\n    fix: ${FIX}`,
      ],
    },
    {
      name: 'names an unknown related topic',
      change: (files) => edit(files, 'content/topics/alpha.mdx', 'related: [beta]', 'related: [delta]'),
      expected: (files) => [
        `content/topics/alpha.mdx:${place(files, 'content/topics/alpha.mdx', 'delta')}: related.0: unknown topic "delta"\n    fix: ${FIX}`,
      ],
    },
    {
      name: 'names an unknown topic in the support matrix',
      change: (files) => edit(files, 'content/data/support.json', '"topic": "alpha"', '"topic": "omega"'),
      expected: (files) => [
        `content/data/support.json:${place(files, 'content/data/support.json', '"omega"')}: groups.0.features.0.topic: unknown topic "omega"\n    fix: ${FIX}`,
      ],
    },
    {
      name: 'names an unknown topic in the import’s path map',
      change: (files) => edit(files, 'content/data/xen-paths.json', '"beta"', '"omega"'),
      expected: (files) => [
        `content/data/xen-paths.json:${place(files, 'content/data/xen-paths.json', '"omega"')}: ports.0.topics.0: unknown topic "omega"\n    fix: ${FIX}`,
      ],
    },
    {
      name: 'names an unknown topic a guest-support column points to',
      change: (files) =>
        edit(files, 'content/data/guest-support.json', '"topic": "beta"', '"topic": "omega"'),
      expected: (files) => [
        `content/data/guest-support.json:${place(files, 'content/data/guest-support.json', '"omega"')}: columns.1.see.topic: unknown topic "omega"\n    fix: ${FIX}`,
      ],
    },
    {
      name: 'keeps a topic with a bad field known',
      change: (files) => edit(files, 'content/topics/alpha.mdx', 'title: Alpha', 'title: 7'),
      expected: [],
    },
  ]);
});

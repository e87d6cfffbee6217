import { describe } from 'vitest';
import { statusFeatures } from '../../../src/schemas/rules/status-features.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const TOPIC = 'content/topics/alpha.mdx';

describe('the rule that a status box names features of the support matrix', () => {
  runRule(statusFeatures, [
    {
      name: 'names a feature the matrix does not have',
      change: (files) => edit(files, TOPIC, 'features: [alpha-io]', 'features: [alpha-io, alpha-dma]'),
      expected: (files) => [
        `${TOPIC}:${place(files, TOPIC, 'alpha-dma')}: unknown feature "alpha-dma"\n    fix: use a feature id of content/data/support.json, or add the feature there`,
      ],
    },
  ]);
});

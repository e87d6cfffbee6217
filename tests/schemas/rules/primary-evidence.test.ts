import { describe } from 'vitest';
import { primaryEvidence } from '../../../src/schemas/rules/primary-evidence.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const SUPPORT = 'content/data/support.json';

describe('the rule that a support-matrix cell marked primary cites a primary source', () => {
  runRule(primaryEvidence, [
    {
      name: 'names evidence marked primary that cites a source not labelled primary',
      change: (files) => edit(files, SUPPORT, '"source": "notes-1.0"', '"source": "talk"'),
      expected: (files) => [
        `${SUPPORT}:${place(files, SUPPORT, '"primary"')}: alpha-io: evidence marked primary cites "talk", which is not a primary source\n    fix: mark it "supplementary", or cite a primary source (labelled primary: true in content/data/sources.json)`,
      ],
    },
    {
      name: 'accepts the same source as supplementary evidence',
      change: (files) => {
        edit(files, SUPPORT, '"source": "notes-1.0"', '"source": "talk"');
        edit(files, SUPPORT, '"strength": "primary"', '"strength": "supplementary"');
      },
      expected: [],
    },
  ]);
});

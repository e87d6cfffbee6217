import { describe } from 'vitest';
import { glossaryTerms } from '../../../src/schemas/rules/glossary-terms.ts';
import { place } from '../fixture.ts';
import { runRule } from './check.ts';

const ENTRY = 'content/glossary/grant-table.md';
const OTHER = 'content/glossary/grants.md';

describe('the rule of one glossary entry per term', () => {
  runRule(glossaryTerms, [
    {
      name: 'names a second entry defining a term in another case',
      change: (files) =>
        files.set(
          OTHER,
          (files.get(ENTRY) ?? '')
            .replace('term: Grant table', 'term: GRANT TABLE')
            .replace('aka: [grant]', 'aka: []'),
        ),
      expected: (files) => [
        `${OTHER}:${place(files, OTHER, 'GRANT')}: the term "GRANT TABLE" is also defined by ${ENTRY}\n    fix: define each term once: merge the entries, or keep the name in one of them`,
      ],
    },
    {
      name: "names an alias that is another entry's term",
      change: (files) =>
        files.set(
          OTHER,
          (files.get(ENTRY) ?? '')
            .replace('term: Grant table', 'term: Grants')
            .replace('aka: [grant]', 'aka: [Grant]'),
        ),
      expected: (files) => [
        `${OTHER}:${place(files, OTHER, 'Grant]')}: the term "Grant" is also defined by ${ENTRY}\n    fix: define each term once: merge the entries, or keep the name in one of them`,
      ],
    },
  ]);
});

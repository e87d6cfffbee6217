import { describe } from 'vitest';
import { supportRuns } from '../../../src/schemas/rules/support-runs.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const SUPPORT = 'content/data/support.json';
const EVIDENCE = /"evidence": \[[^\]]*\]/;

describe('the support-matrix runs rule', () => {
  runRule(supportRuns, [
    {
      name: 'names a run over a release that does not exist',
      change: (files) => edit(files, SUPPORT, '"from": "1.0"', '"from": "3.0"'),
      expected: (files) => [
        `${SUPPORT}:${place(files, SUPPORT, '"from"', '{')}: alpha-io: unknown release "3.0"\n    fix: give runs of releases that exist, oldest first, without overlaps`,
      ],
    },
    {
      name: 'names a supported run without evidence',
      change: (files) => edit(files, SUPPORT, EVIDENCE, '"evidence": []'),
      expected: (files) => [
        `${SUPPORT}:${place(files, SUPPORT, '"from"', '{')}: alpha-io: a "supported" run without evidence\n    fix: name the source that says so, or make the run "unknown"`,
      ],
    },
    {
      name: 'names an unknown run that neither cites nor explains',
      change: (files) => {
        edit(files, SUPPORT, EVIDENCE, '"evidence": []');
        edit(files, SUPPORT, '"supported"', '"unknown"');
      },
      expected: (files) => [
        `${SUPPORT}:${place(files, SUPPORT, '"from"', '{')}: alpha-io: an "unknown" run that does not say why\n    fix: add a note on what the sources say and leave open`,
      ],
    },
    {
      name: 'accepts an unknown run that says why',
      change: (files) => {
        edit(files, SUPPORT, EVIDENCE, '"evidence": [], "note": "No source says."');
        edit(files, SUPPORT, '"supported"', '"unknown"');
      },
      expected: [],
    },
    {
      name: 'accepts a run over a release whose file has a bad field',
      change: (files) => edit(files, 'content/releases/1.0.md', 'branch: stable/1', 'branch: trunk'),
      expected: [],
    },
  ]);
});

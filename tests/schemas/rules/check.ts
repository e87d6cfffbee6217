/** Runs one rule alone on the fixture tree with one thing changed, as the tests of tests/schemas/rules/ do. */
import { expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content-error.ts';
import type { Rule } from '../../../src/schemas/rules/rule.ts';
import { prepareContent } from '../../../src/schemas/validate.ts';
import { asSources, fixtureFiles, TODAY, type Files } from '../fixture.ts';

/** What one rule reports on the fixture after `change`, formatted as authors read it. */
export function ruleProblems(rule: Rule, change: (files: Files) => void, today = TODAY): string[] {
  const files = fixtureFiles();
  change(files);
  const prepared = prepareContent(asSources(files), { today });
  if (rule.fieldsOnly) return rule.check(prepared.fields).map(formatProblem);
  if (!prepared.input)
    throw new Error(`the change left the fixture unreadable: ${JSON.stringify(prepared.problems)}`);
  return rule.check(prepared.input).map(formatProblem);
}

export interface RuleCase {
  readonly name: string;
  readonly change: (files: Files) => void;
  /** Every problem expected, exactly; a function may read the changed files for positions. */
  readonly expected: readonly string[] | ((files: Files) => readonly string[]);
  readonly today?: string;
}

/** One test per row: the rule reports exactly the expected problems. */
export function runRule(rule: Rule, cases: readonly RuleCase[]): void {
  const rows: RuleCase[] = [
    { name: 'says nothing of the valid fixture', change: () => undefined, expected: [] },
    ...cases,
  ];
  it.each(rows.map((row) => [row.name, row] as const))('%s', (_, { change, expected, today }) => {
    let changed: Files = new Map();
    const problems = ruleProblems(
      rule,
      (files) => {
        change(files);
        changed = files;
      },
      today,
    );
    expect(problems).toEqual(typeof expected === 'function' ? expected(changed) : expected);
  });
}

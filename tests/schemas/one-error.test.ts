import { describe, expect, it } from 'vitest';
import { edit, fixtureFiles, place, problemsOf, type Files } from './fixture.ts';

/**
 * A bad field keeps its item known: the topic, release, person or record is
 * still there for every rule that names it, so the mistake is one error at
 * the field, not one more per file that names the item.
 */
const CASES: readonly {
  name: string;
  file: string;
  from: string;
  to: string;
  at: string;
  expected: string;
}[] = [
  {
    name: 'a topic with a bad field, named by the navigation, records, a topic and the data files',
    file: 'content/topics/alpha.mdx',
    from: 'description: The alpha driver, what it reads and since when FreeBSD has it.',
    to: 'description: Too short.',
    at: 'Too short.',
    expected: 'description: expected at least 40 characters',
  },
  {
    name: 'a release with a bad field, named by records, an advisory and the support matrix',
    file: 'content/releases/1.1.md',
    from: 'branch: stable/1',
    to: 'branch: trunk',
    at: 'trunk',
    expected: 'branch:',
  },
  {
    name: 'a person with a bad field, named by a record',
    file: 'content/people/alice.md',
    from: 'freebsdAccount: true',
    to: 'freebsdAccount: maybe',
    at: 'maybe',
    expected: 'freebsdAccount: expected true or false',
  },
  {
    name: 'a head commit with a bad field, named by its merge and by release notes',
    file: 'content/changes/base/r100.md',
    from: 'inTalk: true',
    to: 'inTalk: often',
    at: 'often',
    expected: 'inTalk:',
  },
];

describe('one bad field gives one error', () => {
  it.each(CASES.map((row) => [row.name, row] as const))('%s', (_, { file, from, to, at, expected }) => {
    const files: Files = fixtureFiles();
    edit(files, file, from, to);
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file}:${place(files, file, at)}: ${expected}`);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { ProjectCopy } from '../../scripts/lib/project-copy.ts';

/** The 1-based line a string first appears on in a file of the copy. */
function lineOf(copy: ProjectCopy, file: string, needle: string): number {
  const text = copy.read(file);
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/**
 * Each case breaks a copy of the project the way an author might, runs the
 * real `astro build`, and expects it to stop with the file, the line, the
 * offending value and how to fix it.
 */
let project: ProjectCopy | undefined;

afterEach(() => {
  project?.remove();
  project = undefined;
});

function breakAndBuild(change: (copy: ProjectCopy) => void): string {
  project = new ProjectCopy();
  change(project);
  const { status, output } = project.build();
  expect(status, output).not.toBe(0);
  return output;
}

const RECORD = 'content/changes/base/r284296.md';

describe('npm run build stops', () => {
  it('on a revision in topic prose that has no record, naming the file, line and record to add', () => {
    const file = 'content/topics/blkfront.mdx';
    const output = breakAndBuild((copy) =>
      copy.edit(file, (text) => `${text}\n\nA later fix, r999999, is not recorded.\n`),
    );
    const line = lineOf(project as ProjectCopy, file, 'A later fix');
    expect(output).toContain(`${file}:${String(line)}:14: r999999 has no change record`);
    expect(output).toContain('add content/changes/base/r999999.md');
  });

  it('on a <Rev> component naming a revision that has no record', () => {
    const output = breakAndBuild((copy) =>
      copy.edit('content/topics/migration.mdx', (text) =>
        text.replace('<Rev n={398918} repo="ports" />', '<Rev n={123456} />'),
      ),
    );
    expect(output).toContain(
      '<Rev n={123456} /> on /topics/migration/ has no change record. Add content/changes/base/r123456.md.',
    );
  });

  it("on a revision in a change record's body that has no record", () => {
    const output = breakAndBuild((copy) => copy.edit(RECORD, (text) => `${text}\nSee also r111111.\n`));
    const line = lineOf(project as ProjectCopy, RECORD, 'See also r111111');
    expect(output).toContain(`${RECORD}:${String(line)}:10: r111111 has no change record`);
  });

  it('on a revision in a glossary entry that has no record', () => {
    const file = 'content/glossary/grant-table.md';
    const output = breakAndBuild((copy) => copy.edit(file, (text) => `${text}\nFirst used in r222222.\n`));
    const line = lineOf(project as ProjectCopy, file, 'First used in');
    expect(output).toContain(`${file}:${String(line)}:15: r222222 has no change record`);
  });

  it('on a record with a missing field', () => {
    const output = breakAndBuild((copy) => copy.edit(RECORD, (text) => text.replace(/^title: .*\n/m, '')));
    expect(output).toContain(`${RECORD}:1: title:`);
    expect(output).toContain('(found nothing)');
    expect(output).toContain('fix: set title to');
  });

  it('on a record with an invalid field', () => {
    const output = breakAndBuild((copy) =>
      copy.edit(RECORD, (text) => text.replace(/^revision: .*$/m, 'revision: -4')),
    );
    expect(output).toMatch(new RegExp(`${RECORD}:\\d+: revision: Invalid revision number -4`));
    expect(output).toContain('fix: set revision to the commit number');
  });

  it('on two records for the same repository and revision', () => {
    const output = breakAndBuild((copy) =>
      copy.write('content/changes/base/duplicate.md', copy.read(RECORD)),
    );
    expect(output).toContain(
      'content/changes/base/r284296.md: duplicate record: r284296 in base is already recorded by content/changes/base/duplicate.md',
    );
    expect(output).toContain('fix: keep one record per revision');
  });

  it('on a record naming an unknown topic', () => {
    const output = breakAndBuild((copy) =>
      copy.edit(RECORD, (text) => text.replace(/^topics: .*$/m, 'topics: [blkfront, xenbus]')),
    );
    expect(output).toMatch(new RegExp(`${RECORD}:\\d+: topics\\.1: unknown topic "xenbus"`));
    expect(output).toContain('content/data/topics.json');
  });
});

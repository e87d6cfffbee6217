import { describe, expect, it } from 'vitest';
import { RevisionRegistry, type RegisteredChange } from '../../src/lib/registry.ts';
import { toRevisionNumber, type Repository } from '../../src/lib/revision.ts';

const change = (repository: Repository, revision: number, file = `${repository}-${String(revision)}.md`) =>
  ({
    repository,
    revision: toRevisionNumber(revision),
    title: `Change ${String(revision)}`,
    file,
  }) satisfies RegisteredChange;

describe('RevisionRegistry.build', () => {
  it('keeps one record per repository and revision', () => {
    const { registry, problems } = RevisionRegistry.build([
      change('base', 1),
      change('ports', 1),
      change('base', 2),
    ]);
    expect(problems).toEqual([]);
    expect(registry.size).toBe(3);
  });

  it('reports a second record for the same revision, naming both files', () => {
    const { registry, problems } = RevisionRegistry.build([
      change('base', 284296, 'content/changes/base/r284296.md'),
      change('base', 284296, 'content/changes/base/copy.md'),
    ]);
    expect(registry.size).toBe(1);
    expect(problems).toEqual([
      {
        file: 'content/changes/base/copy.md',
        message: 'duplicate record: r284296 in base is already recorded by content/changes/base/r284296.md',
        fix: 'keep one record per revision: merge the two files and delete content/changes/base/copy.md',
      },
    ]);
  });
});

describe('RevisionRegistry.resolve', () => {
  const { registry } = RevisionRegistry.build([
    change('base', 284296),
    change('ports', 398918),
    change('base', 5),
    change('doc', 5),
  ]);
  const site = { file: 'content/topics/x.mdx', line: 3, column: 7 };

  it.each<[number, Repository]>([
    [284296, 'base'],
    [398918, 'ports'],
  ])('resolves r%i to its only record, in %s', (revision, repository) => {
    const result = registry.resolve(toRevisionNumber(revision), site);
    expect(result.ok && result.change.repository).toBe(repository);
  });

  it('reports a revision with no record, where it was written, with the file to add', () => {
    const result = registry.resolve(toRevisionNumber(111), site);
    expect(result).toMatchObject({
      ok: false,
      problem: {
        ...site,
        message: 'r111 has no change record',
        fix: expect.stringContaining('content/changes/base/r111.md'),
      },
    });
  });

  it('reports a number recorded in two repositories as ambiguous', () => {
    const result = registry.resolve(toRevisionNumber(5), site);
    expect(result).toMatchObject({
      ok: false,
      problem: { message: 'r5 is recorded in more than one repository (base, doc)' },
    });
  });
});

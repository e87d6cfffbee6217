import { describe, expect, it } from 'vitest';
import { RecordRegistry, type Registered } from '../../src/lib/registry.ts';
import { advisoryRef, parseAdvisory } from '../../src/lib/references/advisory.ts';
import { findReferences, isRecordReference, type WrittenRecordRef } from '../../src/lib/references/find.ts';
import { gitRef, parseCommit, type GitRepository } from '../../src/lib/references/git.ts';
import { svnRef, toRevisionNumber, type SvnRepository } from '../../src/lib/references/svn.ts';

const svn = (
  repository: SvnRepository,
  revision: number,
  file = `${repository}-r${String(revision)}.md`,
): Registered => ({
  ref: svnRef(repository, toRevisionNumber(revision)),
  title: `Change ${String(revision)}`,
  file,
});
const git = (repository: GitRepository, hash: string, file = `${repository}-${hash}.md`): Registered => ({
  ref: gitRef(repository, parseCommit(hash)),
  title: `Commit ${hash}`,
  file,
});
const advisory = (id: string): Registered => ({
  ref: advisoryRef(parseAdvisory(id)),
  title: id,
  file: `${id}.md`,
});

/** The one reference written in some prose. */
function written(text: string): WrittenRecordRef {
  const [reference] = findReferences(text).filter(isRecordReference);
  if (!reference) throw new Error(`no reference in ${text}`);
  return reference;
}

describe('RecordRegistry.build', () => {
  it('keeps one record per repository and identifier, across kinds', () => {
    const { registry, problems } = RecordRegistry.build([
      svn('base', 1),
      svn('ports', 1),
      git('src', '65f22ccf8247'),
      advisory('FreeBSD-SA-21:06.xen'),
    ]);
    expect(problems).toEqual([]);
    expect(registry.size).toBe(4);
    expect(registry.all().map((record) => record.file)).toEqual([
      'base-r1.md',
      'ports-r1.md',
      'src-65f22ccf8247.md',
      'FreeBSD-SA-21:06.xen.md',
    ]);
  });

  it('reports a second record for the same revision, naming both files and the fix', () => {
    const { registry, problems } = RecordRegistry.build([
      svn('base', 284296, 'content/changes/base/r284296.md'),
      svn('base', 284296, 'content/changes/base/copy.md'),
    ]);
    expect(registry.size).toBe(1);
    expect(problems).toEqual([
      {
        file: 'content/changes/base/copy.md',
        message: 'duplicate record: r284296 is already recorded by content/changes/base/r284296.md',
        fix: 'keep one record for it: merge the two files and delete content/changes/base/copy.md',
      },
    ]);
  });

  it('reports two abbreviations of one commit in the same repository as duplicates', () => {
    const { problems } = RecordRegistry.build([
      git('src', '65f22ccf8247', 'a.md'),
      git('src', '65f22ccf8247aa', 'b.md'),
    ]);
    expect(problems.map((problem) => problem.message)).toEqual([
      'duplicate record: 65f22ccf8247 is already recorded by a.md',
    ]);
  });

  it('keeps the same abbreviation in two git repositories apart', () => {
    expect(RecordRegistry.build([git('src', '65f22ccf8247'), git('ports', '65f22ccf8247')]).problems).toEqual(
      [],
    );
  });
});

describe('RecordRegistry.lookup', () => {
  const { registry } = RecordRegistry.build([
    svn('base', 284296),
    svn('ports', 398918),
    svn('base', 5),
    svn('doc', 5),
    git('src', '65f22ccf8247'),
    git('src', 'abc1234def56'),
    git('ports', 'abc1234ffff0'),
    advisory('FreeBSD-EN-17:05.xen'),
  ]);

  it.each([
    ['r284296', 'base-r284296.md'],
    ['R284296', 'base-r284296.md'],
    ['r398918', 'ports-r398918.md'],
    ['65f22ccf8247', 'src-65f22ccf8247.md'],
    ['65f22ccf8247aaaa', 'src-65f22ccf8247.md'],
    ['FreeBSD-EN-17:05.xen', 'FreeBSD-EN-17:05.xen.md'],
  ])('resolves %s to its one record', (text, file) => {
    const found = registry.lookup(written(text));
    expect(found.ok && found.record.file).toBe(file);
  });

  it.each([
    ['r999999', 'r999999 has no record', 'add content/changes/base/r999999.md'],
    ['123456789abc', '123456789abc has no record', 'add content/changes/src/123456789abc.md'],
    [
      'FreeBSD-SA-99:01.xen',
      'FreeBSD-SA-99:01.xen has no record',
      'add content/advisories/FreeBSD-SA-99-01.xen.md',
    ],
  ])('says which file to add for %s', (text, message, fix) => {
    const found = registry.lookup(written(text));
    expect(found.ok).toBe(false);
    if (!found.ok) {
      expect(found.message).toBe(message);
      expect(found.fix).toContain(fix);
    }
  });

  it('refuses a number recorded in two repositories, naming both and the component to use', () => {
    const found = registry.lookup({
      kind: 'svn',
      revision: toRevisionNumber(5),
      text: 'r5',
      start: 0,
      end: 2,
    });
    expect(found).toEqual({
      ok: false,
      message: 'r5 matches more than one record (base-r5.md and doc-r5.md)',
      fix: 'name the repository with the component, for example <Rev n={5} repo="…" />',
    });
  });

  it('refuses a hash prefix that two commits share', () => {
    const found = registry.lookup({
      kind: 'git',
      hash: parseCommit('abc1234'),
      text: 'abc1234',
      start: 0,
      end: 7,
    });
    expect(found.ok).toBe(false);
    if (!found.ok)
      expect(found.fix).toBe(
        'name the repository with the component, for example <Commit hash="abc1234" repo="…" />',
      );
  });

  it('places a failure where the reference was written', () => {
    const resolved = registry.resolve(written('r111'), { file: 'content/topics/x.mdx', line: 3, column: 7 });
    expect(resolved.ok).toBe(false);
    if (!resolved.ok)
      expect(resolved.problem).toMatchObject({
        file: 'content/topics/x.mdx',
        line: 3,
        column: 7,
        message: 'r111 has no record',
      });
  });
});

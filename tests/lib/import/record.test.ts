import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  commitBlock,
  commitFacts,
  firstReleaseOf,
  mergeTargets,
  recordId,
  type CommitFacts,
} from '../../../src/lib/import/facts.ts';
import type { LoggedCommit } from '../../../src/lib/import/log.ts';
import { compileRules } from '../../../src/lib/import/path-map.ts';
import { newRecordText, renderCommitBlock, spliceCommitBlock } from '../../../src/lib/import/record-file.ts';

const rules = compileRules([
  { glob: 'sys/dev/xen/blkfront/**', topics: ['blkfront'] },
  { glob: 'sys/xen/**', topics: ['architecture'] },
]);
const hashA = '1'.repeat(40);
const hashB = 'b'.repeat(40);

function logged(overrides: Partial<LoggedCommit>): LoggedCommit {
  return {
    hash: hashA,
    parents: [],
    authorName: 'Roger Pau Monné',
    authorEmail: 'royger@FreeBSD.org',
    authorDate: '2015-07-30T05:50:59+02:00',
    committerName: 'Roger Pau Monné',
    committerEmail: 'royger@FreeBSD.org',
    committerDate: '2015-07-30T05:50:59+02:00',
    message: 'xen: fix\n\nReviewed by: kib',
    note: '',
    files: ['sys/kern/kern_fork.c', 'sys/xen/gnttab.c'],
    ...overrides,
  };
}

describe('commitFacts', () => {
  it('names a commit with an svn note by its revision, on the branch the note’s path gives', () => {
    const facts = commitFacts(
      'src',
      logged({ note: 'svn path=/stable/10/; revision=287802' }),
      'main',
      rules,
    );
    expect(facts).toMatchObject({ id: 'base/r287802', revision: 287802, branch: 'stable/10' });
  });

  it('names a commit without a note by the first 12 digits of its hash, on the branch it was found on', () => {
    const facts = commitFacts('ports', logged({}), 'main', rules);
    expect(facts).toMatchObject({ id: `ports/${hashA.slice(0, 12)}`, branch: 'main' });
    expect(facts).not.toHaveProperty('revision');
  });

  it('keeps only the Xen files, gives their topics, the people with handles and UTC times', () => {
    expect(commitFacts('src', logged({}), 'main', rules)).toMatchObject({
      files: ['sys/xen/gnttab.c'],
      topics: ['architecture'],
      subject: 'xen: fix',
      author: { name: 'Roger Pau Monné', handle: 'royger', time: '2015-07-30T03:50:59Z' },
      trailers: { reviewedBy: [{ handle: 'kib' }] },
    });
  });

  it('names a person without an @FreeBSD.org address by name only, and one without a name by address', () => {
    const facts = commitFacts(
      'src',
      logged({ authorEmail: 'j@example.org', committerName: ' ' }),
      'main',
      rules,
    );
    expect(facts?.author).toEqual({ name: 'Roger Pau Monné', time: '2015-07-30T03:50:59Z' });
    expect(facts?.committer.name).toBe('royger');
  });

  it('skips a commit none of whose files is Xen’s', () => {
    expect(commitFacts('src', logged({ files: ['sys/kern/kern_fork.c'] }), 'main', rules)).toBeUndefined();
  });

  it('names a Subversion-era ports record in ports and a src one in base', () => {
    expect(recordId('src', hashA, 5)).toBe('base/r5');
    expect(recordId('ports', hashA, 5)).toBe('ports/r5');
  });
});

describe('mergeTargets and firstReleaseOf', () => {
  const facts = (message: string): CommitFacts => {
    const result = commitFacts('src', logged({ message, hash: hashB }), 'stable/10', rules);
    if (!result) throw new Error('no facts');
    return result;
  };
  const index = (ids: string[], byHash: [string, string][] = []) => ({
    byHash: new Map(byHash),
    has: (id: string) => ids.includes(id),
  });

  it('names the merged revisions that have records, and no others', () => {
    expect(mergeTargets(facts('MFC r286062, r999:'), index(['base/r286062']))).toEqual(['r286062']);
  });

  it('names a cherry-picked commit by its record’s id, svn-era or git-era', () => {
    const message = `x\n\n(cherry picked from commit ${hashA})`;
    expect(mergeTargets(facts(message), index(['base/r1'], [[hashA, 'base/r1']]))).toEqual(['r1']);
    expect(mergeTargets(facts(message), index([`src/${hashA.slice(0, 12)}`]))).toEqual([hashA.slice(0, 12)]);
    expect(mergeTargets(facts(message), index([]))).toEqual([]);
  });

  it('takes the earliest release of the commit and its merges', () => {
    expect(firstReleaseOf('11.0', ['10.3', undefined])).toBe('10.3');
    expect(firstReleaseOf(undefined, [])).toBeUndefined();
  });
});

describe('the commit block in a record file', () => {
  const facts = commitFacts('src', logged({ note: 'svn path=/head/; revision=286062' }), 'main', rules);
  if (!facts) throw new Error('no facts');
  const block = renderCommitBlock(commitBlock(facts, ['r1'], '11.0', '10.3'));

  it('renders the facts as YAML that reads back as the same facts', () => {
    expect(block.startsWith('commit:\n  hash: ')).toBe(true);
    expect(parse(block)).toEqual({
      commit: {
        hash: hashA,
        revision: 286062,
        branch: 'head',
        subject: 'xen: fix',
        author: { name: 'Roger Pau Monné', handle: 'royger', time: '2015-07-30T03:50:59Z' },
        committer: { name: 'Roger Pau Monné', handle: 'royger', time: '2015-07-30T03:50:59Z' },
        trailers: { reviewedBy: [{ handle: 'kib' }] },
        files: ['sys/xen/gnttab.c'],
        topics: ['architecture'],
        mergeOf: ['r1'],
        release: '11.0',
        firstRelease: '10.3',
      },
    });
  });

  it('leaves out what the commit does not have', () => {
    const bare = parse(
      renderCommitBlock(commitBlock({ ...facts, trailers: {} }, [], undefined, undefined)),
    ) as {
      commit: Record<string, unknown>;
    };
    expect(Object.keys(bare.commit)).toEqual([
      'hash',
      'revision',
      'branch',
      'subject',
      'author',
      'committer',
      'files',
      'topics',
    ]);
  });

  it('writes a new record with no prose and no title, for a maintainer to add', () => {
    expect(newRecordText('commit:\n  hash: x\n')).toBe('---\nverified: false\ncommit:\n  hash: x\n---\n');
  });

  it('adds the block to a hand-written record, keeping every other byte', () => {
    const text =
      "---\ntitle: Indirect segments\ndate: '2015-07-30' # as the notes say\ntopics: [blkfront]\n---\n\nProse.\n";
    expect(spliceCommitBlock(text, 'commit:\n  hash: x\n')).toBe(
      "---\ntitle: Indirect segments\ndate: '2015-07-30' # as the notes say\ntopics: [blkfront]\ncommit:\n  hash: x\n---\n\nProse.\n",
    );
  });

  it('replaces the block wherever it is, and only it', () => {
    const text = '---\ntitle: T\ncommit:\n  hash: old\n  files:\n    - a\nverified: true\n---\nBody\n';
    expect(spliceCommitBlock(text, 'commit:\n  hash: new\n')).toBe(
      '---\ntitle: T\nverified: true\ncommit:\n  hash: new\n---\nBody\n',
    );
  });

  it('refuses a file without front matter', () => {
    expect(() => spliceCommitBlock('no front matter', 'commit: {}\n')).toThrow(/no front matter/);
  });
});

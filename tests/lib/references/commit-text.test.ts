import { describe, expect, it } from 'vitest';
import { parseCommitText } from '../../../src/lib/references/commit-text.ts';

describe('parseCommitText', () => {
  it('reads r287802 as a Subversion revision', () => {
    expect(parseCommitText('r287802')).toEqual({ kind: 'svn', revision: 287802, text: 'r287802' });
  });

  it('reads a hash as a git commit', () => {
    expect(parseCommitText('ab3e1bd3c22a')).toEqual({
      kind: 'git',
      hash: 'ab3e1bd3c22a',
      text: 'ab3e1bd3c22a',
    });
  });

  it.each(['287802', 'r0', 'xyz', 'D3805'])('rejects %j with both forms as examples', (text) => {
    expect(() => parseCommitText(text)).toThrow(/r287802|65f22ccf8247/);
  });
});

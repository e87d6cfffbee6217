import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../src/integrations/change-records.ts';

const FILE = 'content/changes/base/r284296.md';
const FIELDS = {
  repository: 'base',
  revision: '284296',
  title: 'Remove broken block protocol extensions',
  topics: '[blkfront]',
  sources: '[talk]',
  verified: 'false',
};

/** A record with some fields replaced (a value) or left out (undefined). */
function record(changes: Record<string, string | undefined> = {}): string {
  const fields = Object.entries({ ...FIELDS, ...changes }).filter(([, value]) => value !== undefined);
  return ['---', ...fields.map(([key, value]) => `${key}: ${value ?? ''}`), '---', '', 'Body.'].join('\n');
}

describe('checkRecord', () => {
  it('accepts a complete record and reads its revision as a number', () => {
    expect(checkRecord(FILE, record())).toEqual({
      change: { repository: 'base', revision: 284296, title: FIELDS.title, file: FILE },
      problems: [],
    });
  });

  it('accepts "r284296" as the revision', () => {
    expect(checkRecord(FILE, record({ revision: 'r284296' })).change?.revision).toBe(284296);
  });

  it.each([
    ['a missing title', { title: undefined }, 1, /title: .*\(found nothing\)/, /set title to/],
    ['a zero revision', { revision: '0' }, 3, /revision: Invalid revision number 0/, /revision: 284296/],
    ['a fractional revision', { revision: '1.5' }, 3, /revision: .*\(found 1\.5\)/, /revision: 284296/],
    [
      'an unknown repository',
      { repository: 'src' },
      2,
      /repository: expected one of base, ports, doc \(found "src"\)/,
      /base, ports or doc/,
    ],
    [
      'an unknown topic',
      { topics: '[blkfront, blkfrnt]' },
      5,
      /topics\.1: unknown topic "blkfrnt"; known topics are architecture/,
      /content\/data\/topics\.json/,
    ],
    ['no topics', { topics: '[]' }, 5, /topics: name at least one topic/, /list topic slugs/],
    [
      'an unknown source',
      { sources: '[talk, blog]' },
      6,
      /sources\.1: unknown source "blog"/,
      /content\/data\/sources\.json/,
    ],
    [
      'a verified flag that is not a boolean',
      { verified: 'maybe' },
      7,
      /verified: .*\(found "maybe"\)/,
      /verified: true only/,
    ],
    [
      'a malformed review id',
      { review: 'X3805' },
      8,
      /review: expected a Differential review id such as D3805 \(found "X3805"\)/,
      /D3805/,
    ],
    ['an unknown field', { reviewer: 'someone' }, 1, /Unrecognized key.*reviewer/, /accept only the fields/],
  ])('reports %s with its line, value and fix', (_, changes, line, message, fix) => {
    const { change, problems } = checkRecord(FILE, record(changes));
    expect(change).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: FILE,
      line,
      message: expect.stringMatching(message),
      fix: expect.stringMatching(fix),
    });
  });

  it('reports broken YAML with its line', () => {
    const { problems } = checkRecord(FILE, '---\nrepository: base\ntopics: [a\n---\n');
    expect(problems[0]?.message).toMatch(/front matter is not valid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a file with no front matter', () => {
    expect(checkRecord(FILE, 'Just a body.').problems[0]?.message).toMatch(/no front matter/);
  });
});

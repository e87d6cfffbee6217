import { describe, expect, it } from 'vitest';
import {
  byRepositoryThenRevision,
  changesJson,
  toChangeJson,
  type ChangeFields,
  type ChangeJsonContext,
} from '../../src/lib/change-json.ts';
import { toRevisionNumber, type Repository } from '../../src/lib/revision.ts';

const context: ChangeJsonContext = {
  pageUrl: ({ repository, revision }) => `https://example.org/site/${repository}/${String(revision)}/`,
  sources: {
    talk: { title: 'The talk', url: 'https://archive.fosdem.org/talk/' },
    notes: { title: 'Release notes', url: 'https://example.org/notes' },
  },
};

function record(repository: Repository, revision: number, extra: Partial<ChangeFields> = {}): ChangeFields {
  return {
    repository,
    revision: toRevisionNumber(revision),
    title: `Change ${String(revision)}`,
    topics: ['dom0'],
    sources: ['talk'],
    verified: false,
    inTalk: true,
    ...extra,
  };
}

describe('toChangeJson', () => {
  it('gives every key, in a fixed order, with null for facts no source gives', () => {
    const json = toChangeJson(record('base', 284296), context);
    expect(Object.keys(json)).toEqual([
      'repository',
      'revision',
      'revisionText',
      'title',
      'subject',
      'authors',
      'date',
      'firstRelease',
      'topics',
      'review',
      'sources',
      'verified',
      'inTalk',
      'urls',
    ]);
    expect(Object.keys(json.urls)).toEqual(['page', 'svnweb', 'review', 'differential']);
    expect(json).toMatchObject({
      subject: null,
      authors: null,
      date: null,
      firstRelease: null,
      review: null,
    });
    expect(json.urls.differential).toBeNull();
  });

  it('writes the revision, the date as YYYY-MM-DD in UTC, the sources and every URL', () => {
    const json = toChangeJson(
      record('ports', 398918, {
        date: new Date('2015-07-30T23:30:00Z'),
        review: 'D3854',
        sources: ['talk', 'notes'],
        authors: ['Colin Percival'],
      }),
      context,
    );
    expect(json).toMatchObject({ revision: 398918, revisionText: 'r398918', date: '2015-07-30' });
    expect(json.authors).toEqual(['Colin Percival']);
    expect(json.sources).toEqual([
      { id: 'talk', title: 'The talk', url: 'https://archive.fosdem.org/talk/' },
      { id: 'notes', title: 'Release notes', url: 'https://example.org/notes' },
    ]);
    expect(json.urls).toEqual({
      page: 'https://example.org/site/ports/398918/',
      svnweb: 'https://svnweb.freebsd.org/changeset/ports/398918',
      review: 'https://reviews.freebsd.org/rP398918',
      differential: 'https://reviews.freebsd.org/D3854',
    });
  });

  it('refuses a source id it cannot describe', () => {
    expect(() => toChangeJson(record('base', 1, { sources: ['nowhere'] }), context)).toThrow(
      /unknown source "nowhere"/,
    );
  });
});

describe('changesJson', () => {
  it('sorts by repository name, then revision number', () => {
    const ids = [record('ports', 5), record('base', 300), record('doc', 1), record('base', 20)];
    expect(
      [...ids].sort(byRepositoryThenRevision).map((id) => `${id.repository}/${String(id.revision)}`),
    ).toEqual(['base/20', 'base/300', 'doc/1', 'ports/5']);
    const parsed = JSON.parse(changesJson(ids, context)) as { changes: { revisionText: string }[] };
    expect(parsed.changes.map((change) => change.revisionText)).toEqual(['r20', 'r300', 'r1', 'r5']);
  });

  it('is pretty-printed JSON with a trailing newline', () => {
    const text = changesJson([record('base', 1)], context);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "changes": [\n    {\n      "repository": "base",');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChangesJson } from '../../src/lib/change-json.ts';
import { recordRoute } from '../../src/lib/paths.ts';
import { refText, refUrl } from '../../src/lib/references/record-ref.ts';
import { BUILDS, listFiles, SITE_URL } from '../../scripts/lib/dist.ts';
import { content } from './content.ts';

describe.each(BUILDS)('/changes.json in the build at $base', ({ dir, base }) => {
  const text = readFileSync(`${dir}/changes.json`, 'utf8');
  const document = JSON.parse(text) as ChangesJson;
  const files = listFiles(dir);
  const { sources } = content.data;

  it('is pretty-printed JSON ending in a newline', () => {
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('lists every change record once, grouped by repository, and every advisory', () => {
    expect(document.changes.map((change) => `${change.repository}/${change.revisionText}`).sort()).toEqual(
      content.changes.map((change) => `${change.ref.repository}/${refText(change.ref)}`).sort(),
    );
    const repositories = document.changes.map((change) => change.repository);
    expect(repositories).toEqual([...repositories].sort());
    expect(document.advisories.map((advisory) => advisory.id).sort()).toEqual(
      content.advisories.map((advisory) => advisory.ref.id).sort(),
    );
  });

  it.each(content.changes.map((change) => [change.id, change] as const))(
    'gives %s the fields of its record',
    (_, change) => {
      const { data, ref } = change;
      const json = document.changes.find(
        (entry) => entry.repository === ref.repository && entry.revisionText === refText(ref),
      );
      expect(json).toMatchObject({
        revision: ref.kind === 'svn' ? ref.revision : null,
        title: data.title,
        subject: data.subject ?? null,
        date: data.date ?? null,
        firstRelease: data.firstRelease ?? null,
        topics: data.topics,
        review: data.review ?? null,
        sources: data.sources.map((id) => ({ id, title: sources[id]?.title, url: sources[id]?.url })),
        verified: data.verified,
        inTalk: data.inTalk,
        kind: ref.kind,
        hash: ref.kind === 'git' ? ref.hash : null,
        mergeOf: data.mergeOf?.text ?? null,
        urls: {
          page: `${SITE_URL}${base}${recordRoute(ref).slice(1)}`,
          svnweb: ref.kind === 'svn' ? refUrl(ref) : null,
          cgit: ref.kind === 'git' ? refUrl(ref) : null,
        },
      });
    },
  );

  it('points every page URL at a page of the build', () => {
    for (const { urls } of [...document.changes, ...document.advisories]) {
      expect(urls.page.startsWith(`${SITE_URL}${base}`), urls.page).toBe(true);
      expect(files.has(`${urls.page.slice(`${SITE_URL}${base}`.length)}index.html`), urls.page).toBe(true);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ChangesJson } from '../../src/lib/change-json.ts';
import { formatRevision, reviewUrl, svnwebUrl } from '../../src/lib/revision.ts';
import { SOURCES } from '../../src/schemas/source.ts';
import { BUILDS, listFiles, SITE_URL } from '../../scripts/lib/dist.ts';
import { changes } from './records.ts';

describe.each(BUILDS)('/changes.json in the build at $base', ({ dir, base }) => {
  const text = readFileSync(`${dir}/changes.json`, 'utf8');
  const document = JSON.parse(text) as ChangesJson;
  const files = listFiles(dir);

  it('is pretty-printed JSON ending in a newline', () => {
    expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('lists every change record once, by repository and then revision', () => {
    const listed = document.changes.map((change) => `${change.repository}/${String(change.revision)}`);
    expect([...listed].sort()).toEqual(changes.map((c) => `${c.repository}/${String(c.revision)}`).sort());
    const keys = document.changes.map((change) => [change.repository, change.revision] as const);
    for (let index = 1; index < keys.length; index++) {
      const [previous, current] = [keys[index - 1], keys[index]];
      if (!previous || !current) continue;
      expect(previous[0] < current[0] || (previous[0] === current[0] && previous[1] < current[1])).toBe(true);
    }
  });

  it.each(
    changes.map((change) => [`${change.repository}/${formatRevision(change.revision)}`, change] as const),
  )('gives %s the fields of its record', (_, change) => {
    const json = document.changes.find(
      (entry) => entry.repository === change.repository && entry.revision === change.revision,
    );
    expect(json).toEqual({
      repository: change.repository,
      revision: change.revision,
      revisionText: formatRevision(change.revision),
      title: change.title,
      subject: change.subject ?? null,
      authors: change.authors ?? null,
      date: change.date?.toISOString().slice(0, 10) ?? null,
      firstRelease: change.firstRelease ?? null,
      topics: change.topics,
      review: change.review ?? null,
      sources: change.sources.map((id) => ({ id, title: SOURCES[id]?.title, url: SOURCES[id]?.url })),
      verified: change.verified,
      inTalk: change.inTalk,
      urls: {
        page: `${SITE_URL}${base}changes/${change.repository}/${formatRevision(change.revision)}/`,
        svnweb: svnwebUrl(change),
        review: reviewUrl(change),
        differential: change.review ? `https://reviews.freebsd.org/${change.review}` : null,
      },
    });
  });

  it('points every page URL at a page of the build', () => {
    for (const { urls } of document.changes) {
      expect(urls.page.startsWith(`${SITE_URL}${base}`), urls.page).toBe(true);
      expect(files.has(`${urls.page.slice(`${SITE_URL}${base}`.length)}index.html`), urls.page).toBe(true);
    }
  });
});

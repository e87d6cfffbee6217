import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatRevision, reviewUrl, svnwebUrl } from '../../src/lib/revision.ts';
import { attributeValues, readPages, ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { records } from './records.ts';

const pages = readPages();
const canonical = new Set(records.map((record) => svnwebUrl(record)));
const TALK_REVISIONS = [
  284296, 290611, 286062, 277291, 277418, 280953, 280954, 278854, 278855, 282634, 398918, 280928, 278844,
  280838, 288917, 289685, 289686, 289033, 286999, 282274, 282908, 285098, 289316, 289583, 294442,
];

function page(path: string): string {
  return readFileSync(`${ROOT_BUILD}/${path}`, 'utf8');
}

/** Anchors of a page as [href, title, text]. */
function anchors(html: string): [string, string, string][] {
  return [...html.matchAll(/<a\b([^>]*)>(.*?)<\/a>/gs)].map(([, attributes = '', text = '']) => [
    attributeValues(` ${attributes}`, 'href')[0] ?? '',
    attributeValues(` ${attributes}`, 'title')[0] ?? '',
    text,
  ]);
}

describe('revision links on the built site', () => {
  it('link only to svnweb URLs of recorded revisions, in the canonical form', () => {
    const wrong = pages.flatMap(({ file, html }) =>
      attributeValues(html, 'href')
        .filter((href) => href.includes('svnweb.freebsd.org') && !canonical.has(href))
        .map((href) => `${file}: ${href}`),
    );
    expect(wrong).toEqual([]);
    expect(pages.some(({ html }) => html.includes('svnweb.freebsd.org'))).toBe(true);
  });

  it('come from the prose transform on the blkfront topic page, titled with the change', () => {
    const source = readFileSync('content/topics/blkfront.mdx', 'utf8');
    expect(source).toMatch(/(?<![`\w[])r284296(?![\w`\]])/);
    const link = anchors(page('topics/blkfront/index.html')).find(([, , text]) => text === 'r284296');
    expect(link?.[0]).toBe('https://svnweb.freebsd.org/changeset/base/284296');
    expect(link?.[1]).toMatch(/^r284296 \(base\): /);
  });

  it('link the ports revision r398918 under ports wherever it appears', () => {
    const links = pages.flatMap(({ html }) =>
      anchors(html).filter(([, , text]) => /^[rR]398918$/.test(text)),
    );
    expect(links.length).toBeGreaterThan(1);
    for (const [href] of links) expect(href).toBe('https://svnweb.freebsd.org/changeset/ports/398918');
  });

  it('are made in change record bodies too', () => {
    const body = readFileSync('content/changes/base/r289316.md', 'utf8').split(/^---$/m)[2] ?? '';
    expect(body).toContain('r289703');
    expect(page('changes/base/r289316/index.html')).toMatch(
      /<a href="https:\/\/svnweb\.freebsd\.org\/changeset\/base\/289703" title="r289703 \(base\): [^"]+" class="rev">r289703<\/a>/,
    );
  });
});

describe('change records and pages', () => {
  it('record all 25 revisions the talk cites, r398918 in ports and the rest in base', () => {
    for (const revision of TALK_REVISIONS) {
      const record = records.find((candidate) => candidate.revision === revision);
      expect(record?.repository, `r${String(revision)}`).toBe(revision === 398918 ? 'ports' : 'base');
    }
  });

  it.each(
    records.map((record) => [`${record.repository}/${formatRevision(record.revision)}`, record] as const),
  )('give %s a page with its svnweb and Phabricator links', (path, record) => {
    const file = `${ROOT_BUILD}/changes/${path}/index.html`;
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(`href="${svnwebUrl(record)}"`);
    expect(html).toContain(`href="${reviewUrl(record)}"`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>.*${formatRevision(record.revision)}`));
  });

  it('list every record on /changes/, ordered by revision', () => {
    const listed = [
      ...page('changes/index.html').matchAll(/href="\/changes\/(base|ports|doc)\/r(\d+)\/"/g),
    ].map(([, repository, revision]) => `${repository ?? ''}/${revision ?? ''}`);
    const expected = [...records]
      .sort((a, b) => a.revision - b.revision)
      .map((record) => `${record.repository}/${String(record.revision)}`);
    expect(listed).toEqual(expected);
  });

  it('say on an unverified change page that the talk is the only source', () => {
    expect(page('changes/base/r284296/index.html')).toContain('the talk is the only source');
  });
});

describe('the Rev component', () => {
  it('renders the same link as the prose transform, with the repository it names', () => {
    const source = readFileSync('content/topics/migration.mdx', 'utf8');
    expect(source).toContain('<Rev n={398918} repo="ports" />');
    const links = anchors(page('topics/migration/index.html')).filter(([, , text]) => text === 'r398918');
    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links.map(([href, title]) => `${href} ${title}`)).size).toBe(1);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordRoute, routes } from '../../src/lib/paths.ts';
import { findReferences, isRecordReference } from '../../src/lib/references/find.ts';
import { recordLink } from '../../src/lib/references/link.ts';
import { refText, refUrl } from '../../src/lib/references/record-ref.ts';
import { phabricatorCommitUrl } from '../../src/lib/references/svn.ts';
import { readPages, ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { anchors, load, text } from '../../scripts/lib/html.ts';
import { TALK_REVISIONS } from '../fixtures/talk.ts';
import { content, registry } from './content.ts';

const pages = readPages().map((page) => ({ file: page.file, links: anchors(load(page.file)) }));
const canonical = new Set(registry.all().map((record) => refUrl(record.ref)));
const REFERENCE_HOSTS = /^https:\/\/(svnweb|cgit|security)\.freebsd\.org\//;

describe('reference links on the built site', () => {
  it('link only to the canonical URLs of recorded revisions, commits and advisories, titled with the record', () => {
    const wrong = pages.flatMap(({ file, links }) =>
      links
        .filter((link) => link.className.split(' ').includes('ref'))
        .filter((link) => {
          const [written] = findReferences(link.text).filter(isRecordReference);
          const found = written ? registry.lookup(written) : undefined;
          return (
            !found?.ok ||
            link.href !== recordLink(found.record).href ||
            link.title !== recordLink(found.record).title
          );
        })
        .map((link) => `${file}: ${link.text} → ${link.href}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(['svn', 'git', 'advisory'] as const)(
    'are made for %s references somewhere in the prose',
    (kind) => {
      expect(
        pages.some(({ links }) => links.some((link) => link.className.split(' ').includes(`ref-${kind}`))),
      ).toBe(true);
    },
  );

  it('send readers only to recorded things on svnweb, cgit and security.freebsd.org', () => {
    const unrecorded = pages.flatMap(({ file, links }) =>
      links
        .filter(
          (link) =>
            link.className.split(' ').includes('ref') &&
            REFERENCE_HOSTS.test(link.href) &&
            !canonical.has(link.href),
        )
        .map((link) => `${file}: ${link.href}`),
    );
    expect(unrecorded).toEqual([]);
  });

  /** Revisions outside base, which a bare r<number> does not name: each record's links must keep its repository. */
  const outsideBase = registry
    .all()
    .flatMap(({ ref }) => (ref.kind === 'svn' && ref.repository !== 'base' ? [ref] : []));

  it.each(outsideBase.map((ref) => [refText(ref), ref.repository, ref] as const))(
    'link %s under %s wherever it appears',
    (written, _, ref) => {
      const links = pages.flatMap(({ links: found }) =>
        found.filter((link) => link.text.toLowerCase() === written.toLowerCase()),
      );
      for (const link of links) expect(link.href).toBe(refUrl(ref));
    },
  );
});

describe('change records and pages', () => {
  it('record every revision the talk cites, in the repository it belongs to, marked as cited', () => {
    for (const [repository, revisions] of Object.entries(TALK_REVISIONS)) {
      for (const revision of revisions) {
        const record = content.changes.find(
          (change) => change.ref.kind === 'svn' && change.ref.revision === revision,
        );
        expect(record?.ref.kind === 'svn' && record.ref.repository, `r${String(revision)}`).toBe(repository);
        expect(record?.data.inTalk, `r${String(revision)}`).toBe(true);
      }
    }
  });

  it.each(content.changes.map((change) => [change.id, change] as const))(
    'give %s a page linking the commit itself',
    (_, change) => {
      const page = load(recordRoute(change.ref));
      const links = anchors(page).map((link) => link.href);
      expect(links).toContain(refUrl(change.ref));
      if (change.ref.kind === 'svn') expect(links).toContain(phabricatorCommitUrl(change.ref));
      expect(text(page.querySelector('h1'))).toContain(refText(change.ref));
    },
  );

  it.each(content.advisories.map((advisory) => [advisory.id, advisory] as const))(
    'give the advisory %s a page with its text linked',
    (_, advisory) => {
      expect(existsSync(`${ROOT_BUILD}${recordRoute(advisory.ref)}index.html`)).toBe(true);
      expect(anchors(load(recordRoute(advisory.ref))).map((link) => link.href)).toContain(
        refUrl(advisory.ref),
      );
    },
  );

  it('say on a change page whose only source is the talk that the talk is the only source', () => {
    const talkOnly = content.changes.filter((change) => !change.data.verified && change.data.inTalk);
    expect(talkOnly.length).toBeGreaterThan(0);
    for (const change of talkOnly)
      expect(text(load(recordRoute(change.ref)).querySelector('.facts'))).toContain(
        'the talk is the only source',
      );
  });
});

describe('the Rev component', () => {
  /** Every <Rev n={…} repo="…" /> in the topics' MDX, with the topic it is on. */
  const uses = readdirSync('content/topics')
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) =>
      [
        ...readFileSync(join('content/topics', name), 'utf8').matchAll(/<Rev n=\{(\d+)\} repo="(\w+)" \/>/g),
      ].map(([, n = '', repository = '']) => ({
        slug: name.slice(0, -'.mdx'.length),
        written: `r${n}`,
        repository,
      })),
    );

  it.each(uses.map((use) => [use.written, use.slug, use] as const))(
    'renders %s on %s as the prose transform links it, under the repository it names',
    (written, slug, { repository }) => {
      const links = anchors(load(routes.topic(slug))).filter((link) => link.text === written);
      expect(links.length).toBeGreaterThan(0);
      expect(new Set(links.map((link) => `${link.href} ${link.title}`)).size).toBe(1);
      expect(links[0]?.href).toContain(`/${repository}/`);
    },
  );
});

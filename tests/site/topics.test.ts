import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatRevision } from '../../src/lib/revision.ts';
import { TOPIC_SLUGS } from '../../src/schemas/topic.ts';
import { attributeValues, readPages } from '../../scripts/lib/dist.ts';
import { load, text } from './html.ts';
import { changes } from './records.ts';

/** The talk's slides that list revisions, and the topic each slide belongs to. */
const TALK_HEADINGS: Record<string, { topic: string; revisions: number[] }> = {
  'xen-block related improvements': { topic: 'blkfront', revisions: [284296, 290611, 286062] },
  'Dom0 improvements': {
    topic: 'dom0',
    revisions: [277291, 277418, 280953, 280954, 278854, 278855, 286062, 282634, 398918],
  },
  'EC2 specific improvements': { topic: 'ec2', revisions: [280928] },
  'Generic fixes and improvements': {
    topic: 'platform',
    revisions: [278844, 280838, 288917, 289685, 289686, 289033, 286999, 282274],
  },
  'xen-net related improvements': { topic: 'netfront', revisions: [282908, 285098, 289316, 289583, 294442] },
};

describe('topic pages', () => {
  it('exist for every topic in content/data/topics.json, and only those', () => {
    const built = readPages()
      .map((page) => /^topics\/([^/]+)\/index\.html$/.exec(page.file)?.[1])
      .filter(Boolean);
    expect(built.sort()).toEqual([...TOPIC_SLUGS].sort());
  });

  it.each(Object.entries(TALK_HEADINGS))(
    'record every revision the talk lists under “%s” with its topic',
    (_, { topic, revisions }) => {
      for (const revision of revisions) {
        const change = changes.find((candidate) => candidate.revision === revision);
        expect(change?.topics, `r${String(revision)}`).toContain(topic);
      }
    },
  );

  it.each(TOPIC_SLUGS)('/topics/%s/ lists exactly the changes whose records name it', (slug) => {
    const section = load(`/topics/${slug}/`).querySelector('section[aria-labelledby="changes"]');
    const listed = (section?.querySelectorAll('a') ?? [])
      .map((link) => link.getAttribute('href') ?? '')
      .filter((href) => /^\/changes\/[a-z]+\/r\d+\/$/.test(href));
    const expected = changes
      .filter((change) => change.topics.includes(slug))
      .sort((a, b) => a.revision - b.revision)
      .map((change) => `/changes/${change.repository}/${formatRevision(change.revision)}/`);
    expect(listed).toEqual(expected);
  });

  it.each(TOPIC_SLUGS)(
    '/topics/%s/ has a lede, a table of contents, breadcrumbs, sources and a way on',
    (slug) => {
      const page = load(`/topics/${slug}/`);
      expect(text(page.querySelector('.lede')).length).toBeGreaterThan(40);
      expect(page.querySelectorAll('.toc a').length).toBeGreaterThan(3);
      expect(page.querySelector('nav[aria-label="Breadcrumbs"] [aria-current="page"]')).not.toBeNull();
      expect(page.querySelectorAll('section[aria-labelledby="sources"] li a').length).toBeGreaterThan(0);
      expect(page.querySelector('.page-nav a')).not.toBeNull();
      expect(page.querySelector(`#sidebar a[aria-current="page"][href="/topics/${slug}/"]`)).not.toBeNull();
    },
  );

  it.each(TOPIC_SLUGS)('/topics/%s/ shows the date of its file’s last commit', (slug) => {
    const file = `content/topics/${slug}.mdx`;
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
    }).trim();
    const shown = load(`/topics/${slug}/`).querySelector('.page-meta time')?.getAttribute('datetime');
    if (committed === '') expect(shown).toBeUndefined();
    else expect(shown).toBe(new Date(committed).toISOString());
  });

  it('link every table-of-contents entry to a heading on the same page', () => {
    for (const slug of TOPIC_SLUGS) {
      const page = load(`/topics/${slug}/`);
      for (const link of page.querySelectorAll('.toc a')) {
        const id = (link.getAttribute('href') ?? '').slice(1);
        expect(page.getElementById(id), `${slug}#${id}`).not.toBeNull();
      }
    }
  });
});

describe('the glossary', () => {
  const glossary = load('/glossary/');

  it('defines at least the terms the site relies on, each with its own anchor', () => {
    const ids = [
      'pv',
      'hvm',
      'pvhvm',
      'pvh',
      'hvmlite',
      'dom0',
      'domu',
      'frontend-backend',
      'grant-table',
      'event-channel',
      'xenstore',
      'pirq',
      'multiboot',
      'sr-iov',
      'vpmu',
      'xsplice',
      'indirect-descriptors',
      'unmapped-io',
      'multiqueue',
    ];
    for (const id of ids) expect(glossary.getElementById(id), id).not.toBeNull();
  });

  it('resolves every glossary link on every page', () => {
    const broken = readPages().flatMap(({ file, html }) =>
      attributeValues(html, 'href')
        .filter((href) => href.startsWith('/glossary/#'))
        .filter((href) => glossary.getElementById(href.slice('/glossary/#'.length)) === null)
        .map((href) => `${file}: ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it('is linked from topic pages', () => {
    const linking = TOPIC_SLUGS.filter((slug) =>
      load(`/topics/${slug}/`).querySelector('main a[href^="/glossary/#"]'),
    );
    expect(linking.length).toBeGreaterThan(TOPIC_SLUGS.length / 2);
  });
});

describe('diagrams and charts', () => {
  const figures = TOPIC_SLUGS.flatMap((slug) =>
    load(`/topics/${slug}/`)
      .querySelectorAll('main svg[role="img"]')
      .map((svg) => ({ slug, svg })),
  );

  it('are on the architecture, netfront and scalability pages', () => {
    expect(new Set(figures.map((figure) => figure.slug))).toEqual(
      new Set(['architecture', 'netfront', 'scalability']),
    );
    expect(figures).toHaveLength(4);
  });

  it.each(figures.map(({ slug, svg }) => [slug, svg.getAttribute('aria-labelledby') ?? '', svg] as const))(
    'on %s, each SVG names a title and a description that hold text (%s)',
    (_, labelledBy, svg) => {
      const ids = labelledBy.split(/\s+/);
      expect(ids.length).toBe(2);
      expect(text(svg.querySelector(`title#${ids[0] ?? ''}`)).length).toBeGreaterThan(5);
      expect(text(svg.querySelector(`desc#${ids[1] ?? ''}`)).length).toBeGreaterThan(40);
    },
  );

  it('print the talk’s figures with their units in the charts’ text alternatives', () => {
    const netfront = text(load('/topics/netfront/').querySelector('main'));
    expect(netfront).toMatch(/5\.8 Gb\/s/);
    expect(netfront).toMatch(/11\.2 Gb\/s/);
    const scalability = text(load('/topics/scalability/').querySelector('main'));
    expect(scalability).toMatch(/15 Gb\/s/);
    expect(scalability).toMatch(/48 Gb\/s/);
  });

  it('need no raster image and no script', () => {
    for (const slug of TOPIC_SLUGS) {
      const main = load(`/topics/${slug}/`).querySelector('main');
      expect(main?.querySelectorAll('img, script, canvas')).toHaveLength(0);
    }
  });
});

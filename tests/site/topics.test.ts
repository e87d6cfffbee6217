import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/order.ts';
import { recordRoute, routes } from '../../src/lib/paths.ts';
import { HISTORY_PER_RELEASE, PREVIEW_SIZE } from '../../src/lib/pagination.ts';
import { GENERATED_IDS } from '../../src/lib/reserved-ids.ts';
import { readPages } from '../../scripts/lib/dist.ts';
import { anchors, load, text } from '../../scripts/lib/html.ts';
import { TALK_SLIDES } from '../fixtures/talk.ts';
import { content } from './content.ts';

/** The page of one change: /changes/<repository>/<r<number> or hash>/. */
const CHANGE_PAGE = /^\/changes\/[a-z]+\/(r\d+|[0-9a-f]{7,40})\/$/;
const slugs = content.topics.map((topic) => topic.id);
const changesOn = (slug: string) =>
  content.changes
    .filter((change) => change.data.topics.includes(slug))
    .map((change) => ({ ref: change.ref, date: change.data.date }))
    .sort(newestFirst)
    .map((change) => recordRoute(change.ref));

describe('topic pages', () => {
  it('exist for every topic in content/data/topics.json, and only those', () => {
    const built = readPages()
      .map((page) => /^topics\/([^/]+)\/index\.html$/.exec(page.file)?.[1])
      .filter((slug) => slug !== undefined);
    const listed = content.data.navigation.groups.flatMap((group) => group.topics);
    expect(built.sort()).toEqual([...listed].sort());
  });

  it.each(Object.entries(TALK_SLIDES))(
    'record every revision the talk lists under “%s” with its topic',
    (_, slide) => {
      for (const revision of [...slide.revisions, ...(slide.ports ?? [])]) {
        const change = content.changes.find(
          (candidate) => candidate.ref.kind === 'svn' && candidate.ref.revision === revision,
        );
        expect(change?.data.topics, `r${String(revision)}`).toContain(slide.topic);
      }
    },
  );

  it.each(slugs)('/topics/%s/ lists its newest changes and links the whole list', (slug) => {
    const section = load(routes.topic(slug)).querySelector(
      `section[aria-labelledby="${GENERATED_IDS.changes}"]`,
    );
    const listed = anchors(section?.querySelector('table') ?? load('/404.html'))
      .map((link) => link.href)
      .filter((href) => CHANGE_PAGE.test(href));
    const expected = changesOn(slug);
    expect(listed).toEqual(expected.slice(0, listed.length));
    expect(listed.length).toBe(Math.min(expected.length, PREVIEW_SIZE));
    if (expected.length > 0)
      expect(anchors(section ?? load('/')).map((link) => link.href)).toContain(routes.topicChanges(slug));
  });

  it.each(slugs)('/topics/%s/ names its changes under the release that first shipped them', (slug) => {
    const history = load(routes.topic(slug)).querySelector('.release-history');
    const changes = content.changes.filter((change) => change.data.topics.includes(slug));
    expect(history === null).toBe(changes.length === 0);
    for (const group of history?.querySelectorAll('div') ?? []) {
      const release = /^FreeBSD (\S+)$/.exec(text(group.querySelector('dt')))?.[1];
      const inRelease = changes.filter((change) => change.data.firstRelease === release);
      const named = anchors(group)
        .map((link) => link.href)
        .filter((href) => CHANGE_PAGE.test(href));
      expect(named.length).toBe(Math.min(inRelease.length, HISTORY_PER_RELEASE));
      expect(inRelease.map((change) => recordRoute(change.ref))).toEqual(expect.arrayContaining(named));
      const more = /(\d+) more$/.exec(text(group.querySelector('dd')))?.[1];
      expect(Number(more ?? 0)).toBe(inRelease.length - named.length);
    }
    const groups = history?.querySelectorAll('div').length ?? 0;
    expect(groups).toBe(new Set(changes.map((change) => change.data.firstRelease)).size);
  });

  it.each(content.topics.map((topic) => [topic.id, topic] as const))(
    '/topics/%s/ opens with a Status today box for its features',
    (slug, topic) => {
      const page = load(routes.topic(slug));
      const box = page.querySelector(`[aria-labelledby="${GENERATED_IDS.status}"]`);
      expect(box, slug).not.toBeNull();
      // The evidence links of its rows; the summary above them may link records and manual pages.
      const evidence = anchors(box?.querySelector('dl') ?? page).map((link) => link.href);
      expect(evidence).toEqual(topic.data.status.features.map((feature) => `${routes.support()}#${feature}`));
      const h1 = page.querySelector('h1');
      expect(h1 && box && page.innerHTML.indexOf(h1.outerHTML) < page.innerHTML.indexOf(box.outerHTML)).toBe(
        true,
      );
    },
  );

  it.each(slugs)('/topics/%s/ has a lede, contents, breadcrumbs, sources and a way on', (slug) => {
    const page = load(routes.topic(slug));
    expect(text(page.querySelector('.lede')).length).toBeGreaterThan(40);
    expect(page.querySelectorAll('.toc a').length).toBeGreaterThan(3);
    expect(page.querySelector('nav[aria-label="Breadcrumbs"] [aria-current="page"]')).not.toBeNull();
    expect(
      page.querySelectorAll(`section[aria-labelledby="${GENERATED_IDS.sources}"] li a`).length,
    ).toBeGreaterThan(0);
    expect(page.querySelector('.page-nav a')).not.toBeNull();
    expect(
      page.querySelector(`#sidebar a[aria-current="page"][href="${routes.topic(slug)}"]`),
    ).not.toBeNull();
  });

  it.each(slugs)('/topics/%s/ shows the date of its file’s last commit', (slug) => {
    const file = `content/topics/${slug}.mdx`;
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
    }).trim();
    const shown = load(routes.topic(slug)).querySelector('.page-meta time')?.getAttribute('datetime');
    if (committed === '') expect(shown).toBeUndefined();
    else expect(shown).toBe(new Date(committed).toISOString());
  });

  it('link every table-of-contents entry to a heading on the same page', () => {
    for (const slug of slugs) {
      const page = load(routes.topic(slug));
      for (const link of page.querySelectorAll('.toc a')) {
        const id = (link.getAttribute('href') ?? '').slice(1);
        expect(page.getElementById(id), `${slug}#${id}`).not.toBeNull();
      }
    }
  });
});

describe('the glossary', () => {
  const glossary = load('/glossary/');

  it('gives every entry its own anchor', () => {
    for (const entry of content.glossary) expect(glossary.getElementById(entry.id), entry.id).not.toBeNull();
  });

  it('resolves every glossary link on every page', () => {
    const broken = readPages().flatMap(({ file }) =>
      anchors(load(file))
        .map((link) => link.href)
        .filter((href) => href.startsWith('/glossary/#'))
        .filter((href) => glossary.getElementById(href.slice('/glossary/#'.length)) === null)
        .map((href) => `${file}: ${href}`),
    );
    expect(broken).toEqual([]);
  });

  it('is linked from most topic pages', () => {
    const linking = slugs.filter((slug) =>
      load(routes.topic(slug)).querySelector('main a[href^="/glossary/#"]'),
    );
    expect(linking.length).toBeGreaterThan(slugs.length / 2);
  });
});

describe('diagrams and charts', () => {
  const figures = slugs.flatMap((slug) =>
    load(routes.topic(slug))
      .querySelectorAll('main svg[role="img"]')
      .map((svg) => ({ slug, svg })),
  );

  it('give every chart of content/data/charts.json a figure on some topic', () => {
    const titles = new Set(figures.map(({ svg }) => text(svg.querySelector('title'))));
    for (const chart of Object.values(content.data.charts))
      expect(titles.has(chart.title), chart.title).toBe(true);
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

  it('print every bar value with its unit in the charts’ text alternatives', () => {
    for (const chart of Object.values(content.data.charts)) {
      const figure = figures.find(({ svg }) => text(svg.querySelector('title')) === chart.title);
      const description = text(figure?.svg.querySelector('desc'));
      for (const bar of chart.bars) expect(description).toContain(`${String(bar.value)} ${chart.unit}`);
    }
  });

  it('need no raster image and no script in a topic', () => {
    for (const slug of slugs)
      expect(
        load(routes.topic(slug)).querySelector('main')?.querySelectorAll('img, script, canvas'),
      ).toHaveLength(0);
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/order.ts';
import { PAGE_SIZE, PREVIEW_SIZE } from '../../src/lib/pagination.ts';
import { recordRoute, routes } from '../../src/lib/paths.ts';
import { ROOT_BUILD } from '../../scripts/lib/dist.ts';
import { anchors, load, text } from '../../scripts/lib/html.ts';
import { content } from './content.ts';

/**
 * The long lists of changes (all of them, a topic's, a release's, a person's) are paginated and
 * newest first, and the pages about a topic, a release or a person show only the newest few: no
 * page grows with the archive (tests/site/budgets.test.ts checks the sizes on a grown build).
 */
const CHANGE_PAGE = /^\/changes\/[a-z]+\/(r\d+|[0-9a-f]{7,40})\/$/;
type Change = (typeof content.changes)[number];

const newest = (changes: readonly Change[]): string[] =>
  changes
    .map((change) => ({ ref: change.ref, date: change.data.date }))
    .sort(newestFirst)
    .map((change) => recordRoute(change.ref));

/** The change links of a list's main content. */
const changeLinks = (path: string): string[] =>
  anchors(load(path).querySelector('main') ?? load(path))
    .map((link) => link.href)
    .filter((href) => CHANGE_PAGE.test(href));

/** Every page of a list from its first, by the rel="next" each page links to. */
function pagesOf(first: string): string[] {
  const pages = [first];
  for (;;) {
    const next = load(pages.at(-1) ?? first)
      .querySelector('link[rel="next"]')
      ?.getAttribute('href');
    if (next === undefined) return pages;
    expect(pages, `${first} loops`).not.toContain(next);
    pages.push(next);
  }
}

const exists = (path: string): boolean => existsSync(join(ROOT_BUILD, path, 'index.html'));

const lists: { name: string; path: string; changes: readonly Change[] }[] = [
  { name: 'all changes', path: routes.changes(), changes: content.changes },
  ...content.topics.map((topic) => ({
    name: `topic ${topic.id}`,
    path: routes.topicChanges(topic.id),
    changes: content.changes.filter((change) => change.data.topics.includes(topic.id)),
  })),
  ...content.releases.map((release) => ({
    name: `release ${release.id}`,
    path: routes.releaseChanges(release.id),
    changes: content.changes.filter((change) => change.data.firstRelease === release.id),
  })),
  ...content.people.map((person) => ({
    name: `person ${person.id}`,
    path: routes.personChanges(person.id),
    changes: content.changes.filter((change) =>
      Object.values(change.data.people ?? {}).some((ids) => ids?.includes(person.id) === true),
    ),
  })),
];

describe('lists of changes', () => {
  it.each(lists.filter((list) => list.changes.length > 0).map((list) => [list.name, list] as const))(
    'the list of %s holds each of its changes once, newest first, in pages that link each other',
    (_, { path, changes }) => {
      const pages = pagesOf(path);
      const listed = pages.flatMap(changeLinks);
      expect(listed).toEqual(newest(changes));
      for (const [index, page] of pages.entries()) {
        expect(changeLinks(page).length).toBeLessThanOrEqual(PAGE_SIZE);
        const prev = load(page).querySelector('link[rel="prev"]')?.getAttribute('href');
        expect(prev).toBe(index === 0 ? undefined : pages[index - 1]);
      }
    },
  );

  it.each(lists.filter((list) => list.changes.length === 0).map((list) => [list.name, list] as const))(
    'the list of %s, which has no changes, is not built',
    (_, { path }) => {
      expect(exists(path)).toBe(false);
    },
  );
});

describe('pages about a topic, a release or a person', () => {
  const previews = [
    ...content.topics.map((topic) => ({ page: routes.topic(topic.id), list: routes.topicChanges(topic.id) })),
    ...content.releases.map((release) => ({
      page: routes.release(release.id),
      list: routes.releaseChanges(release.id),
    })),
    ...content.people.map((person) => ({
      page: routes.person(person.id),
      list: routes.personChanges(person.id),
    })),
  ];

  it.each(previews.map((preview) => [preview.page, preview] as const))(
    '%s shows at most the newest few of its changes and links the whole list when it has any',
    (page, { list }) => {
      const links = anchors(load(page).querySelector('main') ?? load(page)).map((link) => link.href);
      const hasList = exists(list);
      expect(links.includes(list)).toBe(hasList);
      if (!hasList) return;
      const whole = pagesOf(list).flatMap(changeLinks);
      // Each table of the page (a release's first-shipped and merged, a person's roles) is newest first,
      // at most PREVIEW_SIZE long, and holds only changes of the list.
      // Each preview says how many there are, in words that are not glued together.
      for (const count of load(page).querySelectorAll('main section p')) {
        const sentence = text(count);
        if (/recorded commit/.test(sentence)) expect(sentence).toMatch(/^\d+ recorded commits? [a-z]/);
      }
      for (const table of load(page).querySelectorAll('main section table')) {
        const shown = anchors(table)
          .map((link) => link.href)
          .filter((href) => CHANGE_PAGE.test(href));
        expect(shown.length).toBeLessThanOrEqual(PREVIEW_SIZE);
        expect(shown.every((href) => whole.includes(href))).toBe(true);
        expect(shown).toEqual([...shown].sort((a, b) => whole.indexOf(a) - whole.indexOf(b)));
      }
    },
  );
});

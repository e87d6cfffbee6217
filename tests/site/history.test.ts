import { describe, expect, it } from 'vitest';
import { milestonesOf } from '../../src/lib/milestones.ts';
import { compareReleases } from '../../src/lib/releases.ts';
import { recordRoute, routes } from '../../src/lib/paths.ts';
import { findReferences, isRecordReference } from '../../src/lib/references/find.ts';
import { refText } from '../../src/lib/references/record-ref.ts';
import { readPages } from '../../scripts/lib/dist.ts';
import { anchors, load, text } from '../../scripts/lib/html.ts';
import { content, registry } from './content.ts';

const releases = [...content.releases].sort((a, b) => compareReleases(a.id, b.id));

describe('release pages', () => {
  it('exist for every release, and the timeline links each one', () => {
    const timeline = anchors(load(routes.releases())).map((link) => link.href);
    for (const release of releases) expect(timeline, release.id).toContain(routes.release(release.id));
  });

  it('leave no hole between the first and the last release of a series', () => {
    const bySeries = new Map<number, number[]>();
    for (const release of releases) {
      const [major = 0, minor = 0] = release.id.split('.').map(Number);
      bySeries.set(major, [...(bySeries.get(major) ?? []), minor]);
    }
    for (const [major, minors] of bySeries)
      expect(minors, String(major)).toEqual(minors.map((_, index) => (minors[0] ?? 0) + index));
  });

  it.each(releases.map((release) => [release.id, release] as const))(
    'FreeBSD %s lists what first shipped in it, its advisories and its notes',
    (version, release) => {
      const page = load(routes.release(version));
      const links = anchors(page.querySelector('main') ?? page).map((link) => link.href);
      const shipped = content.changes.filter((change) => change.data.firstRelease === version);
      // The newest few are on the page, and all of them on its list (tests/site/change-lists.test.ts).
      if (shipped.length > 0) expect(links).toContain(routes.releaseChanges(version));
      for (const advisory of content.advisories.filter((item) => item.data.releases.includes(version)))
        expect(links).toContain(recordRoute(advisory.ref));
      const notes = text(page.querySelector('#notes + ul'));
      for (const note of release.data.notes) {
        for (const reference of findReferences(note.text).filter(isRecordReference))
          expect(notes).toContain(reference.text);
      }
      // A release the support matrix names as a milestone is never said to have nothing Xen-related.
      const milestones = milestonesOf(
        content.data.support.groups.flatMap((group) => group.features),
        version,
      );
      const nothing =
        milestones.length === 0 &&
        release.data.notes.length === 0 &&
        shipped.length === 0 &&
        (release.body ?? '').trim() === '' &&
        !content.advisories.some((item) => item.data.releases.includes(version));
      expect(
        text(page.querySelector('main')).includes('nothing Xen-related') ||
          text(page.querySelector('main')).includes('No Xen entry was found'),
        version,
      ).toBe(nothing);
      const list = page.querySelector('#milestones + ul');
      expect(list === null, version).toBe(milestones.length === 0);
      if (list)
        expect(
          anchors(list).map((link) => link.href),
          version,
        ).toEqual(milestones.map((milestone) => `${routes.support()}#${milestone.id}`));
    },
  );

  it('never calls a release quiet on the timeline where the support matrix names it a milestone', () => {
    const timeline = load(routes.releases());
    const features = content.data.support.groups.flatMap((group) => group.features);
    const rows = timeline.querySelectorAll('.timeline li');
    for (const release of releases) {
      const item = rows.find(
        (li) => li.querySelector('a')?.getAttribute('href') === routes.release(release.id),
      );
      expect(item, release.id).toBeDefined();
      const row = text(item);
      const milestones = milestonesOf(features, release.id);
      if (milestones.length === 0) continue;
      expect(row, release.id).not.toContain('No Xen entry in its notes');
      for (const milestone of milestones) expect(row, release.id).toContain(milestone.label);
    }
  });
});

describe('first releases and stable merges', () => {
  const merges = content.changes.filter((change) => change.data.mergeOf);

  it('exist in the records', () => {
    expect(merges.length).toBeGreaterThan(0);
  });

  it.each(merges.map((merge) => [merge.id, merge] as const))(
    'the change %s merges says which release had it first',
    (_, merge) => {
      const mergeOf = merge.data.mergeOf;
      if (!mergeOf) throw new Error('not a merge');
      const head = registry.lookup({ ...mergeOf, start: 0, end: mergeOf.text.length });
      if (!head.ok || head.record.collection !== 'changes') throw new Error(`${mergeOf.text} has no record`);
      const facts = load(recordRoute(head.record.ref)).querySelector('.facts');
      const term = facts?.querySelectorAll('dt').find((dt) => text(dt) === 'First shipped in');
      const shown = text(term?.nextElementSibling);
      const first = [head.record.data.firstRelease, merge.data.firstRelease]
        .filter((version) => version !== undefined)
        .sort(compareReleases)[0];
      expect(shown.startsWith(`FreeBSD ${first ?? ''}`), shown).toBe(true);
      if (first === merge.data.firstRelease) expect(shown).toContain(refText(merge.ref));
    },
  );
});

describe('advisory pages', () => {
  it.each(content.advisories.map((advisory) => [advisory.id, advisory] as const))(
    '%s shows both sides where the release documents differ',
    (_, advisory) => {
      const main = text(load(recordRoute(advisory.ref)).querySelector('main'));
      expect(main).toContain(advisory.data.topic);
      if (advisory.data.releaseNotesTopic) expect(main).toContain(advisory.data.releaseNotesTopic);
      for (const id of [...advisory.data.cve, ...advisory.data.xsa]) expect(main).toContain(id);
    },
  );
});

describe('people', () => {
  it.each(content.people.map((person) => [person.id, person] as const))(
    '/people/%s/ names the person and links the changes that name them',
    (id, person) => {
      const page = load(routes.person(id));
      expect(text(page.querySelector('h1'))).toBe(person.data.name);
      const links = anchors(page.querySelector('main') ?? page).map((link) => link.href);
      const named = content.changes.filter((change) =>
        Object.values(change.data.people ?? {}).some((ids) => ids?.includes(id) === true),
      );
      expect(named.length, id).toBeGreaterThan(0);
      expect(links).toContain(routes.personChanges(id));
    },
  );
});

describe('the support matrix', () => {
  const page = load(routes.support());
  const features = content.data.support.groups.flatMap((group) => group.features);
  const series = new Set(releases.map((release) => release.id.split('.')[0]));

  it.each(features.map((feature) => [feature.id, feature] as const))(
    'has a row for %s with a cell per release series and today, linked to its evidence',
    (id, feature) => {
      const row = page
        .querySelectorAll('table.support tbody tr')
        .find((candidate) => candidate.querySelector(`th a[href="#${id}"]`));
      expect(row, id).toBeDefined();
      expect(row?.querySelectorAll('td')).toHaveLength(series.size + 1);
      const evidence = page.getElementById(id);
      expect(evidence, id).not.toBeNull();
      const cited = anchors(evidence?.parentNode ?? page).map((link) => link.href);
      for (const span of feature.spans)
        for (const item of span.evidence) expect(cited).toContain(content.data.sources[item.source]?.url);
    },
  );

  it('shows how strong the evidence is, and is linked from the home page and every topic', () => {
    expect(page.querySelectorAll('table.support .mark').length).toBeGreaterThan(features.length);
    const linkingHome = anchors(load(routes.home())).some((link) => link.href === routes.support());
    expect(linkingHome).toBe(true);
    for (const topic of content.topics)
      expect(
        anchors(load(routes.topic(topic.id))).some((link) => link.href.startsWith(routes.support())),
        topic.id,
      ).toBe(true);
  });
});

describe('the support matrix cells', () => {
  const page = load(routes.support());
  const parts = page.querySelectorAll('table.support td .status');

  it('put no evidence mark beside "Unknown": the mark stands for a source that settles the status', () => {
    const unknown = parts.filter((part) => part.classList.contains('status-unknown'));
    expect(unknown.length).toBeGreaterThan(0);
    for (const part of unknown)
      expect(part.nextElementSibling?.classList.contains('mark') ?? false).toBe(false);
  });

  it('lead each row with today, then the series newest first', () => {
    const headers = page
      .querySelectorAll('table.support thead tr')
      .map((row) => row.querySelectorAll('th').map((th) => text(th)));
    const newest = releases.map((release) => release.id).at(-1) ?? '';
    for (const cells of headers) {
      expect(cells[1]).toBe(`Today (${newest})`);
      const series = cells.slice(2).map((cell) => Number.parseInt(cell, 10));
      expect(series).toEqual([...series].sort((a, b) => b - a));
    }
  });
});

describe('code blocks', () => {
  it('hold no angle-bracket placeholder on any page', () => {
    const placeholders = readPages().flatMap(({ file }) =>
      load(file)
        .querySelectorAll('pre')
        .flatMap((pre) =>
          [...text(pre).matchAll(/<[A-Za-z][\w .-]*>/g)].map((match) => `${file}: ${match[0]}`),
        ),
    );
    expect(placeholders).toEqual([]);
  });
});

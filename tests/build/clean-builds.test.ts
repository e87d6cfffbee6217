import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareTrees, listTree } from '../../scripts/lib/compare-trees.ts';
import { readPages } from '../../scripts/lib/dist.ts';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { generateRecords, readSiteFacts, writeRecords } from '../../scripts/lib/synthetic-records.ts';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';
import { kB, PAGE_RAW } from '../page-budgets.ts';

/**
 * Clean builds of the made-up site in tests/fixtures/site/ (every kind of
 * page and component the site has, a few seconds a build): two of the same
 * sources, and one grown by a few hundred generated records.
 */
const RECORDS = 250;
/** The deployment's settings, and git reading the project's history as in a checkout. */
const settings = (copy: ProjectCopy) => ({
  ...copy.gitEnv(),
  SITE_URL: 'https://owner.github.io',
  BASE_PATH: '/freebsd-xen/',
});
const first = new ProjectCopy(undefined, { content: FIXTURE_SITE });
const second = new ProjectCopy(undefined, { content: FIXTURE_SITE });
const grown = new ProjectCopy(undefined, { content: FIXTURE_SITE });
const dist = (copy: ProjectCopy): string => join(copy.dir, 'dist');

beforeAll(() => {
  writeRecords(grown.dir, generateRecords(readSiteFacts(grown.dir), RECORDS));
  for (const copy of [first, second, grown]) {
    const { status, output } = copy.build(settings(copy));
    if (status !== 0) throw new Error(`the build in ${copy.dir} failed:\n${output}`);
  }
});
afterAll(() => {
  for (const copy of [first, second, grown]) copy.remove();
});

/**
 * Built in two different folders (so nothing may depend on where the checkout
 * lives), each with its own empty caches: the same dist/ byte for byte.
 */
describe('two clean builds of the same sources', () => {
  it('produce byte-identical dist/ trees', () => {
    const built = listTree(dist(first));
    // Every kind of page was built, and search: what the comparison covers.
    for (const [type, { page }] of Object.entries(PAGE_TYPES))
      expect(
        built.some((file) => page.test(file)),
        type,
      ).toBe(true);
    expect(built).toContain('pagefind/pagefind.js');
    expect(compareTrees(dist(first), dist(second))).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
      differing: [],
    });
  });
});

/** With two topics, two people and two releases, every list of the grown site is longer than any of the real one. */
describe(`pages as the archive grows by ${String(RECORDS)} records`, () => {
  it("keep every change page's HTML the same size", () => {
    const changePages = readPages(dist(first))
      .map(({ file }) => file)
      .filter((file) => PAGE_TYPES.change.page.test(file));
    expect(changePages.length).toBeGreaterThan(0);
    const larger = changePages.flatMap((file) => {
      const before = readFileSync(join(dist(first), file)).length;
      const built = join(dist(grown), file);
      const after = existsSync(built) ? readFileSync(built).length : Number.NaN;
      return after <= before ? [] : [`${file}: ${String(before)} → ${String(after)} bytes`];
    });
    expect(larger).toEqual([]);
  });

  it(`keep every page within ${kB(PAGE_RAW)} raw: every long list is bounded`, () => {
    const pages = readPages(dist(grown));
    // The generated records are pages of their own, and name people, topics and releases: their lists grow.
    expect(pages.length).toBeGreaterThan(readPages(dist(first)).length + RECORDS);
    const large = pages
      .filter(({ html }) => Buffer.byteLength(html) > PAGE_RAW)
      .map(({ file, html }) => `${file}: ${kB(Buffer.byteLength(html))}`);
    expect(large).toEqual([]);
  });
});

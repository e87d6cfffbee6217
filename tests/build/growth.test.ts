import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPages } from '../../scripts/lib/dist.ts';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { generateRecords, readSiteFacts, writeRecords } from '../../scripts/lib/synthetic-records.ts';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';
import { kB, PAGE_RAW } from '../page-budgets.ts';

/**
 * The made-up site of tests/fixtures/site/, built as it is and again with a
 * few hundred generated records (scripts/lib/synthetic-records.ts) naming its
 * topics, people and releases: with only two of each, every list of the grown
 * site is longer than any list of the real one.
 */
const RECORDS = 250;
const plain = new ProjectCopy(undefined, { content: FIXTURE_SITE });
const grown = new ProjectCopy(undefined, { content: FIXTURE_SITE });

function build(copy: ProjectCopy): void {
  const { status, output } = copy.build({ ...copy.gitEnv() });
  if (status !== 0) throw new Error(`the build in ${copy.dir} failed:\n${output}`);
}

beforeAll(() => {
  writeRecords(grown.dir, generateRecords(readSiteFacts(grown.dir), RECORDS));
  build(plain);
  build(grown);
});
afterAll(() => {
  plain.remove();
  grown.remove();
});

describe(`pages as the archive grows by ${String(RECORDS)} records`, () => {
  it("keep every change page's HTML the same size", () => {
    const changePages = readPages(join(plain.dir, 'dist'))
      .map(({ file }) => file)
      .filter((file) => PAGE_TYPES.change.page.test(file));
    expect(changePages.length).toBeGreaterThan(0);
    const larger = changePages.flatMap((file) => {
      const before = readFileSync(join(plain.dir, 'dist', file)).length;
      const built = join(grown.dir, 'dist', file);
      const after = existsSync(built) ? readFileSync(built).length : Number.NaN;
      return after <= before ? [] : [`${file}: ${String(before)} → ${String(after)} bytes`];
    });
    expect(larger).toEqual([]);
  });

  it(`keep every page within ${kB(PAGE_RAW)} raw: every long list is bounded`, () => {
    const pages = readPages(join(grown.dir, 'dist'));
    // The generated records are pages of their own, and name people, topics and releases: their lists grow.
    expect(pages.length).toBeGreaterThan(readPages(join(plain.dir, 'dist')).length + RECORDS);
    const large = pages
      .filter(({ html }) => Buffer.byteLength(html) > PAGE_RAW)
      .map(({ file, html }) => `${file}: ${kB(Buffer.byteLength(html))}`);
    expect(large).toEqual([]);
  });
});

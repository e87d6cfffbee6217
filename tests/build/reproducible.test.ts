import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, listTree } from '../../scripts/lib/compare-trees.ts';
import { PAGE_TYPES } from '../../src/lib/page-types.ts';
import { FIXTURE_SITE, ProjectCopy } from '../../scripts/lib/project-copy.ts';

/**
 * Two clean builds of the same sources, in two different folders (so nothing
 * may depend on where the checkout lives), each with its own empty caches and
 * the deployment's settings, must produce the same dist/ byte for byte. The
 * sources are the made-up site of tests/fixtures/site/: every kind of page and
 * component the site has, in a few seconds a build.
 */
const copies: ProjectCopy[] = [];

afterAll(() => {
  for (const copy of copies) copy.remove();
});

function cleanBuild(): string {
  const copy = new ProjectCopy(undefined, { content: FIXTURE_SITE });
  copies.push(copy);
  const { status, output } = copy.build({
    ...copy.gitEnv(),
    SITE_URL: 'https://owner.github.io',
    BASE_PATH: '/freebsd-xen/',
  });
  expect(status, output).toBe(0);
  return join(copy.dir, 'dist');
}

describe('two clean builds of the same sources', () => {
  it('produce byte-identical dist/ trees', () => {
    const first = cleanBuild();
    const second = cleanBuild();
    const built = listTree(first);
    // Every kind of page was built, and search: what the comparison covers.
    for (const [type, { page }] of Object.entries(PAGE_TYPES))
      expect(
        built.some((file) => page.test(file)),
        type,
      ).toBe(true);
    expect(built).toContain('pagefind/pagefind.js');
    expect(compareTrees(first, second)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });
});

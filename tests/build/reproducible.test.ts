import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTrees, listTree } from '../../scripts/lib/compare-trees.ts';
import { ProjectCopy } from '../../scripts/lib/project-copy.ts';

/**
 * Two clean builds of the same sources, in two different folders (so nothing
 * may depend on where the checkout lives), each with its own empty caches and
 * the deployment's settings, must produce the same dist/ byte for byte.
 */
const copies: ProjectCopy[] = [];

afterAll(() => {
  for (const copy of copies) copy.remove();
});

function cleanBuild(): string {
  const copy = new ProjectCopy();
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
    expect(listTree(first)).toContain('index.html');
    expect(listTree(first).length).toBeGreaterThan(40);
    expect(compareTrees(first, second)).toEqual({ onlyInFirst: [], onlyInSecond: [], differing: [] });
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { href } from '../../src/lib/href.ts';

describe('href', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    { base: '/', path: '/topics/blkfront/', expected: '/topics/blkfront/' },
    { base: '/freebsd-xen/', path: '/topics/blkfront/', expected: '/freebsd-xen/topics/blkfront/' },
    { base: '/freebsd-xen/', path: '/', expected: '/freebsd-xen/' },
  ])('puts $path under the base $base as $expected', ({ base, path, expected }) => {
    vi.stubEnv('BASE_URL', base);
    expect(href(path)).toBe(expected);
  });
});

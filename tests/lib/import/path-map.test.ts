import { describe, expect, it } from 'vitest';
import {
  compileRules,
  globToRegExp,
  pathspecs,
  topicsOf,
  unmatchedGlobs,
  xenFiles,
} from '../../../src/lib/import/path-map.ts';
import { earliestRelease, releaseOfTag, releaseTags } from '../../../src/lib/import/release-tags.ts';

describe('globToRegExp (git’s :(glob) meaning)', () => {
  it.each([
    ['sys/xen/**', 'sys/xen/xenbus/xenbus.c', true],
    ['sys/xen/**', 'sys/xen', false],
    ['sys/xen/**', 'sys/xenfoo/a.c', false],
    ['sys/dev/xen/*/blkfront.c', 'sys/dev/xen/blkfront/blkfront.c', true],
    ['sys/dev/xen/*.c', 'sys/dev/xen/blkfront/blkfront.c', false],
    ['**/xen.4', 'share/man/man4/xen.4', true],
    ['**/xen.4', 'xen.4', true],
    ['sys/i386/conf/XEN*', 'sys/i386/conf/XENHVM', true],
    ['sys/i386/conf/XEN?', 'sys/i386/conf/XEN', false],
    ['share/man/man4/x[nb]*.4', 'share/man/man4/xnb.4', true],
    ['emulators/xen-kernel*/**', 'emulators/xen-kernel47/Makefile', true],
    ['a.b', 'axb', false],
  ])('%s against %s: %s', (glob, path, matches) => {
    expect(globToRegExp(glob).test(path)).toBe(matches);
  });
});

describe('the path map’s rules', () => {
  const rules = compileRules([
    { glob: 'sys/dev/xen/blkfront/**', topics: ['blkfront'] },
    { glob: 'sys/dev/xen/blkback/**', topics: ['dom0', 'blkfront'] },
    { glob: 'sys/xen/**', topics: ['architecture'] },
    { glob: 'sys/i386/xen/**', topics: ['virtualization-modes'] },
  ]);

  it('keeps the Xen files of a commit that touched others too', () => {
    expect(xenFiles(rules, ['sys/kern/kern_fork.c', 'sys/xen/gnttab.c'])).toEqual(['sys/xen/gnttab.c']);
  });

  it('gives each topic once, in the order of the rules', () => {
    expect(topicsOf(rules, ['sys/xen/a.c', 'sys/dev/xen/blkback/b.c', 'sys/dev/xen/blkfront/c.c'])).toEqual([
      'blkfront',
      'dom0',
      'architecture',
    ]);
  });

  it('hands git the globs as :(glob) pathspecs', () => {
    expect(pathspecs(rules)[0]).toBe(':(glob)sys/dev/xen/blkfront/**');
  });

  it('reports the globs no file matches', () => {
    expect(unmatchedGlobs(rules, ['sys/xen/a.c', 'sys/dev/xen/blkfront/c.c'])).toEqual([
      'sys/dev/xen/blkback/**',
      'sys/i386/xen/**',
    ]);
  });
});

describe('release tags', () => {
  it.each([
    ['release/10.3.0', '10.3'],
    ['refs/tags/release/11.0.0', '11.0'],
    ['release/10.3.1', undefined],
    ['releng/10.3', undefined],
    ['vendor/xen/4.5', undefined],
  ])('%s names release %s', (tag, release) => {
    expect(releaseOfTag(tag)).toBe(release);
  });

  it('orders release tags by version, not by text', () => {
    expect(
      releaseTags(['release/11.0.0', 'release/9.3.0', 'x', 'release/10.3.0']).map((t) => t.release),
    ).toEqual(['9.3', '10.3', '11.0']);
  });

  it('takes the earliest release by version and skips unknowns', () => {
    expect(earliestRelease(['11.0', undefined, '10.3', '10.10'])).toBe('10.3');
    expect(earliestRelease([undefined])).toBeUndefined();
  });
});

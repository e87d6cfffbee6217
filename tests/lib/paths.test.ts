import { describe, expect, it } from 'vitest';
import {
  hasFencedCode,
  isSitePath,
  normalizeBase,
  recordRoute,
  routes,
  withBase,
} from '../../src/lib/paths.ts';
import { advisoryRef, parseAdvisory } from '../../src/lib/references/advisory.ts';
import { gitRef, parseCommit } from '../../src/lib/references/git.ts';
import { svnRef, toRevisionNumber } from '../../src/lib/references/svn.ts';

describe('routes', () => {
  it.each([
    [routes.home(), '/'],
    [routes.topic('blkfront'), '/topics/blkfront/'],
    [routes.changes(), '/changes/'],
    [routes.topicChanges('dom0'), '/changes/topic/dom0/'],
    [routes.releaseChanges('10.3'), '/changes/release/10.3/'],
    [routes.personChanges('royger'), '/changes/person/royger/'],
    [routes.change(svnRef('ports', toRevisionNumber(398918))), '/changes/ports/r398918/'],
    [routes.change(gitRef('src', parseCommit('65f22ccf8247'))), '/changes/src/65f22ccf8247/'],
    [
      routes.advisory(advisoryRef(parseAdvisory('FreeBSD-SA-21:06.xen'))),
      '/advisories/FreeBSD-SA-21-06.xen/',
    ],
    [routes.releases(), '/releases/'],
    [routes.release('11.0'), '/releases/11.0/'],
    [routes.people(), '/people/'],
    [routes.person('royger'), '/people/royger/'],
    [routes.support(), '/support/'],
    [routes.glossary(), '/glossary/'],
    [routes.glossary('pvh'), '/glossary/#pvh'],
    [routes.about(), '/about/'],
    [routes.search(), '/search/'],
    [routes.figure('xen-architecture'), '/figures/xen-architecture.svg'],
    [routes.codeStyles(), '/_astro/code-colors.css'],
  ])('%s is %s', (route, expected) => {
    expect(route).toBe(expected);
  });

  it('gives a change and an advisory their pages through one function', () => {
    expect(recordRoute(svnRef('base', toRevisionNumber(1)))).toBe('/changes/base/r1/');
    expect(recordRoute(advisoryRef(parseAdvisory('FreeBSD-EN-17:05.xen')))).toBe(
      '/advisories/FreeBSD-EN-17-05.xen/',
    );
  });
});

describe('base paths', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['freebsd-xen', '/freebsd-xen/'],
    ['/freebsd-xen', '/freebsd-xen/'],
    ['//freebsd-xen//', '/freebsd-xen/'],
    [' docs/xen/ ', '/docs/xen/'],
  ])('normalises %j to %j', (base, expected) => {
    expect(normalizeBase(base)).toBe(expected);
  });

  it('places a site path under the base', () => {
    expect(withBase('/freebsd-xen', '/topics/pvh/')).toBe('/freebsd-xen/topics/pvh/');
    expect(withBase('/', '/')).toBe('/');
  });

  it.each(['topics/pvh/', '//cdn.example/x', 'https://example.org/'])('refuses %j as a site path', (path) => {
    expect(isSitePath(path)).toBe(false);
    expect(() => withBase('/', path)).toThrow(/Internal paths start with a single "\/"/);
  });
});

describe('hasFencedCode', () => {
  it.each([
    ['```sh\nls\n```', true],
    ['   ~~~\nx\n~~~', true],
    ['Inline `code` only', false],
    ['    indented code', false],
    [undefined, false],
  ])('%j holds a fenced block: %s', (markdown, expected) => {
    expect(hasFencedCode(markdown)).toBe(expected);
  });
});

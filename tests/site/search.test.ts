import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordRoute, routes } from '../../src/lib/paths.ts';
import { advisorySlug } from '../../src/lib/references/advisory.ts';
import { refText } from '../../src/lib/references/record-ref.ts';
import { CHANGE_INDEX, entryPageCount } from '../../src/lib/search/change-index.ts';
import { ROOT_BUILD, readPages } from '../../scripts/lib/dist.ts';
import { changeRecords, pagefindFromDist, topUrls } from '../../scripts/lib/pagefind-node.ts';
import { load, text } from '../../scripts/lib/html.ts';
import { content } from './content.ts';

/** Every topic's title, from its built page, with its slug. */
const topicTitles = readdirSync('dist/topics').map(
  (slug) => [text(load(`/topics/${slug}/`).querySelector('h1')), slug] as const,
);

/**
 * Queries a reader might type, drawn from the talk's wording and from each
 * topic, with the page that must be among the first three results.
 */
const MULTIBOOT = [
  '/changes/base/r277291/',
  '/changes/base/r277418/',
  '/changes/base/r280953/',
  '/changes/base/r280954/',
];
const QUERIES: [query: string, expected: string | string[]][] = [
  ['indirect descriptors', '/glossary/#indirect-descriptors'],
  ['indirect segment', '/changes/base/r286062/'],
  ['unmapped I/O blkfront', '/changes/base/r290611/'],
  ['broken block protocol extensions', '/changes/base/r284296/'],
  ['hw.xbd.xbd_enable_indirect', '/topics/blkfront/'],
  ['multiqueue', '/changes/base/r294442/'],
  ['hw.xn.num_queues', '/topics/netfront/'],
  ['page flipping', '/changes/base/r289583/'],
  ['ARP migration', '/changes/base/r282908/'],
  ['pf checksum offload', '/changes/base/r289316/'],
  ['Kristof Provost', '/changes/base/r289316/'],
  ['Colin Percival', '/changes/base/r286062/'],
  ['Julien Grall console', '/changes/base/r289033/'],
  ['John Baldwin', '/changes/base/r282274/'],
  ['multiboot loader', MULTIBOOT],
  ['multiboot', ['/glossary/#multiboot', ...MULTIBOOT]],
  ['PIRQ', '/glossary/#pirq'],
  ['foreign memory mapping', '/changes/base/r282634/'],
  ['xen_cmdline', '/topics/dom0-setup/'],
  ['vm.max_wired', '/topics/dom0-setup/'],
  ['xencommons', '/topics/dom0-setup/'],
  ['xl migrate', '/topics/migration/'],
  ['live migration', '/topics/migration/'],
  ['EC2 AMI', '/changes/base/r280928/'],
  ['SR-IOV enhanced networking', '/topics/ec2/'],
  ['Xen headers 4.6', '/changes/base/r288917/'],
  ['PV console driver', '/changes/base/r289033/'],
  ['hw.xen.disable_pv_disks', '/changes/base/r286999/'],
  ['debug interrupt', '/changes/base/r280838/'],
  ['i386 PV port', '/changes/base/r282274/'],
  ['HVMLite', '/topics/pvh/'],
  ['PVH-classic', '/topics/pvh/'],
  ['queue rwlock', '/topics/scalability/'],
  ['maptrack', '/topics/scalability/'],
  ['Haswell', '/topics/scalability/'],
  ['pmcstat', '/topics/vpmu/'],
  ['performance monitoring unit', '/topics/vpmu/'],
  ['hot-patching', '/topics/xsplice/'],
  ['live patching', '/topics/xsplice/'],
  ['DragonflyBSD', '/topics/guest-support/'],
  ['OpenBSD', '/topics/guest-support/'],
  ['type-2 hypervisor', '/glossary/#type-2-hypervisor'],
  ['grant table', '/glossary/#grant-table'],
  ['event channel', '/glossary/#event-channel'],
  ['XenStore', '/glossary/#xenstore'],
  ['emulated motherboard', '/topics/virtualization-modes/'],
];

/** Queries that name a topic, or a thing it is about, with the topic page that must come first. */
const TOPIC_NAMES: [query: string, topic: string][] = [
  ['migration', 'migration'],
  ['live migration', 'migration'],
  ['save and restore', 'migration'],
  ['blkfront', 'blkfront'],
  ['indirect segments', 'blkfront'],
  ['indirect descriptors', 'blkfront'],
  ['unmapped I/O', 'blkfront'],
  ['netfront', 'netfront'],
  ['multiqueue', 'netfront'],
  ['dom0', 'dom0'],
  ['pvh', 'pvh'],
  ['hvmlite', 'pvh'],
  ['ec2', 'ec2'],
  ['vpmu', 'vpmu'],
  ['xsplice', 'xsplice'],
  ['scalability', 'scalability'],
  ['guest support', 'guest-support'],
  ['virtualization modes', 'virtualization-modes'],
  ['architecture', 'architecture'],
  ['platform', 'platform'],
];

describe('the search indexes', () => {
  const indexed = readPages().filter(({ html }) => html.includes('data-pagefind-body'));
  const isChange = (file: string): boolean => `/${file}`.startsWith(routes.changes());

  it('hold the change records in an index of their own, and every other indexed page with the glossary terms', () => {
    expect(changeRecords()).toBe(content.changes.length);
    expect(indexed.filter(({ file }) => isChange(file))).toHaveLength(content.changes.length);
    const pages = entryPageCount(
      JSON.parse(readFileSync(`${ROOT_BUILD}/pagefind/pagefind-entry.json`, 'utf8')),
    );
    expect(pages).toBe(indexed.filter(({ file }) => !isChange(file)).length + content.glossary.length);
  });

  it('leave out of the change index the code and WebAssembly it runs on from the pages index', () => {
    const files = readdirSync(`${ROOT_BUILD}/${CHANGE_INDEX.path}`);
    expect(files.filter((file) => /\.(js|pagefind)$/.test(file))).toEqual([]);
    expect(files).toContain('pagefind-entry.json');
  });
});

describe('search quality over the built site', () => {
  it.each(TOPIC_NAMES)('ranks the topic page first for %j, which names it', async (query, topic) => {
    const top = await topUrls(query, 3);
    expect(top[0], `top three: ${top.join(', ')}`).toBe(`/topics/${topic}/`);
  });

  it.each(topicTitles)('ranks the topic page first for its title %j', async (title, slug) => {
    const top = await topUrls(title, 3);
    expect(top[0], `top three: ${top.join(', ')}`).toBe(`/topics/${slug}/`);
  });

  it.each(QUERIES)('finds %j with %s among the first three results', async (query, expected) => {
    const top = await topUrls(query);
    const wanted = typeof expected === 'string' ? [expected] : expected;
    expect(
      top.filter((url) => wanted.includes(url)),
      `top three: ${top.join(', ')}`,
    ).not.toEqual([]);
  });

  it.each(
    content.changes.flatMap((change) => {
      const written = refText(change.ref);
      const page = recordRoute(change.ref);
      return change.ref.kind === 'svn'
        ? [written, written.toUpperCase(), String(change.ref.revision)].map((query) => [query, page] as const)
        : [written, change.ref.hash.slice(0, 7), change.ref.hash.slice(0, 10)].map(
            (query) => [query, page] as const,
          );
    }),
  )('returns the change page %s first for the query %j', async (query, page) => {
    expect((await topUrls(query, 1))[0]).toBe(page);
  });

  it.each(
    content.advisories.flatMap((advisory) => {
      const { id } = advisory.ref;
      const [, type = '', year = '', number = ''] = /FreeBSD-(SA|EN)-(\d\d):(\d\d)/.exec(id) ?? [];
      return [
        id,
        advisorySlug(id),
        `${type}-${year}:${number}`,
        ...advisory.data.cve,
        ...advisory.data.xsa,
      ].map((query) => [query, recordRoute(advisory.ref)] as const);
    }),
  )('returns the advisory page first for the query %j', async (query, page) => {
    expect((await topUrls(query, 1))[0]).toBe(page);
  });

  it.each(
    content.people.flatMap((person) =>
      [person.data.name, ...(person.data.freebsdAccount ? [person.id] : [])].map(
        (query) => [query, routes.person(person.id)] as const,
      ),
    ),
  )('returns the person page first for %j', async (query, page) => {
    expect((await topUrls(query, 1))[0]).toBe(page);
  });
});

describe('search filters', () => {
  it('offer kind, topic, repository, author and release', async () => {
    const filters = await (await pagefindFromDist()).filters();
    expect(Object.keys(filters).sort()).toEqual(['author', 'kind', 'release', 'repository', 'topic']);
    expect(filters['kind']).toEqual({
      Advisory: content.advisories.length,
      Change: content.changes.length,
      Glossary: content.glossary.length,
      Person: content.people.length,
      Release: content.releases.length,
      Topic: content.topics.length,
    });
    const repositories: Record<string, number> = {};
    for (const change of content.changes)
      repositories[change.ref.repository] = (repositories[change.ref.repository] ?? 0) + 1;
    expect(filters['repository']).toEqual(repositories);
  });

  it('narrow results to one kind', async () => {
    const urls = await topUrls('netfront', 50, { kind: 'Topic' });
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/topics\//);
  });

  it('narrow results to one release', async () => {
    const urls = await topUrls(null, 500, { release: '11.0' });
    expect(urls).toContain(routes.release('11.0'));
    for (const change of content.changes.filter((item) => item.data.firstRelease === '11.0'))
      expect(urls).toContain(recordRoute(change.ref));
  });

  it('find the ports changes by their repository', async () => {
    const ports = content.changes
      .filter((change) => change.ref.repository === 'ports')
      .map((change) => recordRoute(change.ref));
    expect((await topUrls('xen', 50, { repository: 'ports' })).sort()).toEqual(ports.sort());
  });

  it('index only the pages of the records, topics and glossary terms', async () => {
    const urls = await topUrls('FreeBSD', 1000);
    expect(urls.length).toBeGreaterThan(content.changes.length);
    for (const url of urls)
      expect(url).toMatch(
        /^\/(topics\/[a-z0-9-]+\/|changes\/[a-z]+\/(r\d+|[0-9a-f]{7,40})\/|advisories\/[^/]+\/|releases\/\d+\.\d+\/|people\/[a-z0-9-]+\/|glossary\/#[a-z0-9-]+)$/,
      );
  });

  it('leave page chrome (header, sidebar, footer, breadcrumbs) out of the index', async () => {
    // "Skip to content" is the skip link on every page; no record, topic or term uses the word.
    expect(await topUrls('skip', 50)).toEqual([]);
  });
});

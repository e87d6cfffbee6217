import { describe, expect, it } from 'vitest';
import { formatRevision } from '../../src/lib/revision.ts';
import { pagefindFromDist, topUrls } from '../../scripts/lib/pagefind-node.ts';
import { records } from './records.ts';

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
  ['xen_cmdline', '/topics/dom0/'],
  ['vm.max_wired', '/topics/dom0/'],
  ['xencommons', '/topics/dom0/'],
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

describe('search quality over the built site', () => {
  it.each(QUERIES)('finds %j with %s among the first three results', async (query, expected) => {
    const top = await topUrls(query);
    const wanted = typeof expected === 'string' ? [expected] : expected;
    expect(
      top.filter((url) => wanted.includes(url)),
      `top three: ${top.join(', ')}`,
    ).not.toEqual([]);
  });

  it.each(
    records.flatMap((record) => {
      const text = formatRevision(record.revision);
      const page = `/changes/${record.repository}/${text}/`;
      return [text, text.toUpperCase(), String(record.revision)].map((query) => [query, page] as const);
    }),
  )('returns %s’s change page first for the query %j', async (query, page) => {
    expect((await topUrls(query, 1))[0]).toBe(page);
  });
});

describe('search filters', () => {
  it('offer kind, topic, repository, author and first release', async () => {
    const filters = await (await pagefindFromDist()).filters();
    expect(Object.keys(filters).sort()).toEqual(['author', 'kind', 'release', 'repository', 'topic']);
    expect(filters['kind']).toEqual({ Change: records.length, Glossary: expect.any(Number), Topic: 13 });
    expect(filters['repository']).toEqual({ base: records.length - 1, ports: 1 });
  });

  it('narrow results to one kind', async () => {
    const urls = await topUrls('netfront', 50, { kind: 'Topic' });
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\/topics\//);
  });

  it('find the ports change by its repository', async () => {
    expect(await topUrls('xen', 50, { repository: 'ports' })).toEqual(['/changes/ports/r398918/']);
  });

  it('index only topic pages, change pages and glossary terms', async () => {
    const filters = await (await pagefindFromDist()).filters();
    const counts = filters['kind'] ?? {};
    expect(Object.keys(counts).sort()).toEqual(['Change', 'Glossary', 'Topic']);
    const urls = await topUrls('FreeBSD', 500);
    expect(urls.length).toBeGreaterThan(40);
    for (const url of urls)
      expect(url).toMatch(/^\/(topics\/[a-z0-9-]+\/|changes\/[a-z]+\/r\d+\/|glossary\/#[a-z0-9-]+)$/);
  });

  it('leave page chrome (header, sidebar, footer, breadcrumbs) out of the index', async () => {
    // "Skip to content" is the skip link on every page; no topic, change or term uses the word.
    expect(await topUrls('skip', 50)).toEqual([]);
  });
});

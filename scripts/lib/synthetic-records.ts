/**
 * Synthetic change records in the site's content format, for the benchmark
 * (bench/) and for tests that build the site with many records. The same seed
 * and index always give the same record, and record i refers only to records
 * before it (or to real base records), so every smaller set is a prefix of a
 * larger one. Every id a record names comes from the real content: topics
 * from content/data/topics.json, sources from content/data/sources.json,
 * people from content/people/, first releases from content/releases/.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

/** Synthetic Subversion revisions start here, above every real base record. */
export const FIRST_REVISION = 400_000;

export interface SiteFacts {
  groups: { label: string; topics: string[] }[];
  topics: string[];
  topicTitles: Map<string, string>;
  topicDescriptions: Map<string, string>;
  sources: Map<string, { title: string; url: string }>;
  /** Person id to name. */
  people: Map<string, string>;
  /** Releases oldest first. */
  releases: { version: string; date: string }[];
  /** Real base revisions, which synthetic prose may cite too. */
  baseRevisions: number[];
}

export interface SyntheticRecord {
  repository: 'base' | 'src';
  /** The collection id and path below content/changes/: base/r400000 or src/<12-digit hash>. */
  id: string;
  /** How prose writes it: r400000 or the 12-digit hash. */
  ref: string;
  title: string;
  date?: string;
  firstRelease?: string;
  topics: string[];
  review?: string;
  people?: { author?: string[]; committer?: string[]; reviewers?: string[] };
  sources: string[];
  verified: boolean;
  /** Markdown prose citing `refs`. */
  body: string;
  refs: string[];
}

function frontmatterOf(file: string): Record<string, unknown> {
  const data = readFrontmatter(readFileSync(file, 'utf8')).data;
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

const names = (dir: string, extension: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();

/** What the generator and the benchmark's Starlight copy need from the real content. */
export function readSiteFacts(root: string): SiteFacts {
  const content = join(root, 'content');
  const { groups } = JSON.parse(readFileSync(join(content, 'data/topics.json'), 'utf8')) as SiteFacts;
  const topics = groups.flatMap((group) => group.topics);
  const topicData = new Map(topics.map((slug) => [slug, frontmatterOf(join(content, `topics/${slug}.mdx`))]));
  const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);
  const sources = JSON.parse(readFileSync(join(content, 'data/sources.json'), 'utf8')) as Record<
    string,
    { title: string; url: string }
  >;
  return {
    groups,
    topics,
    topicTitles: new Map(topics.map((slug) => [slug, text(topicData.get(slug)?.['title'], slug)])),
    topicDescriptions: new Map(topics.map((slug) => [slug, text(topicData.get(slug)?.['description'], '')])),
    sources: new Map(Object.entries(sources)),
    people: new Map(
      names(join(content, 'people'), '.md').map((id) => [
        id,
        text(frontmatterOf(join(content, `people/${id}.md`))['name'], id),
      ]),
    ),
    releases: names(join(content, 'releases'), '.md')
      .map((version) => ({
        version,
        date: text(frontmatterOf(join(content, `releases/${version}.md`))['date'], ''),
      }))
      .sort((a, b) => a.date.localeCompare(b.date)),
    baseRevisions: names(join(content, 'changes/base'), '.md').map((name) => Number(name.slice(1))),
  };
}

/** mulberry32: a small, well-distributed 32-bit PRNG. */
function dice(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** n distinct items, in the list's order. */
  const sample = <T>(items: readonly T[], n: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, items.length)) chosen.add(Math.floor(next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
  };
  return { next, int, pick, sample, chance: (p: number): boolean => next() < p };
}
type Dice = ReturnType<typeof dice>;

const list = (text: string): string[] => text.split('|').map((item) => item.trim());
const COMPONENTS = list(`blkfront|blkback|netfront|netback|the XenStore client|xenbus|the grant table code|
  the event channel layer|the PV console driver|the balloon driver|the interrupt glue in xen_intr|the PVH boot path|
  the HVM setup code|xenpci|the Xen timer driver|privcmd|gntdev|the evtchn device|the vPMU glue|the suspend code|
  the multiboot loader|the ACPI table parser|the busdma bounce code|the shared info page handling|
  the vCPU enumeration code|the block ring macros|the RX path of netfront|the TX path of netfront|
  the Dom0 physical memory map|the PCI passthrough front-end|the migration handler|the EC2 image scripts`);
const VERBS =
  list(`now batches|no longer leaks|stops double-counting|learned to negotiate|defers|preallocates|reuses|
  validates|drops support for|gained support for|reorders|serializes|caches|splits|merges|rate-limits|tears down|
  rebuilds|unmaps|maps on demand only|locks|retries|rejects stale|exports`);
const OBJECTS = list(`grant references|indirect segment descriptors|event channel notifications|ring slots|
  XenStore watches|receive buffers|transmit requests|the shared info page|per-CPU interrupt sources|
  virtual IRQ bindings|the backend feature flags|persistent grants|hypercall pages|the callback vector|
  multiqueue state|checksum offload flags|TSO segments|LRO chains|balloon targets|memory reservations|the p2m table|
  unmapped I/O requests|barrier requests|flush and discard requests|the PMU MSR accesses|domain ID lookups|
  MSI-X vectors|the boot-time memory map|the start info page|console ring indexes|vCPU runstate areas|foreign mappings`);
const REASONS = list(`so that a busy guest no longer stalls on a full ring|
  because the backend may disconnect at any moment during migration|
  which halves the number of hypercalls on the fast path|
  to avoid a race with the interrupt handler on another vCPU|since Xen 4.6 changed the layout the driver relied on|
  so that Dom0 can hand the page back to the hypervisor|which keeps the lock hold time short under load|
  because some backends advertise the feature but mishandle it|which removes a copy of every received packet|
  because the old path panicked when the ring was resized|to match what Linux and NetBSD guests already do|
  which lets the scheduler see real steal time|so that a single slow queue does not starve the others|
  which shortens boot on instances with many vCPUs|to make live migration resume without reprobing every device`);
const EFFECTS =
  list(`Throughput on a four-vCPU guest rose from {small} to {large} in the commit message’s iperf runs.|
  The commit message measures {count} fewer hypercalls per second on a busy web server.|
  Boot on a large EC2 instance got about {ms} ms faster.|
  The change is small, under {lines} lines, but it touches every request the driver sends.|
  Latency at the 99th percentile dropped by roughly {pct} percent in the author’s fio tests.|
  Guests with {ring} ring slots now use all of them instead of half.|
  No measurable change in throughput was reported, but the code is simpler.|
  The fix was later merged to the stable branch after a week of testing.`);
const FILES =
  list(`sys/dev/xen/blkfront/blkfront.c|sys/dev/xen/blkback/blkback.c|sys/dev/xen/netfront/netfront.c|
  sys/dev/xen/netback/netback.c|sys/dev/xen/control/control.c|sys/dev/xen/balloon/balloon.c|
  sys/dev/xen/console/xen_console.c|sys/dev/xen/privcmd/privcmd.c|sys/dev/xen/gntdev/gntdev.c|
  sys/dev/xen/evtchn/evtchn.c|sys/dev/xen/timer/timer.c|sys/x86/xen/xen_intr.c|sys/x86/xen/hvm.c|sys/x86/xen/pv.c|
  sys/x86/xen/xen_apic.c|sys/xen/gnttab.c|sys/xen/xenbus/xenbusb.c|sys/xen/xenstore/xenstore.c|
  sys/xen/interface/io/ring.h|sys/xen/interface/io/blkif.h|sys/xen/interface/io/netif.h|sys/conf/files.amd64`);
const PREFIXES = list('xbd_|xn_|xs_|gnttab_|xen_intr_|xctrl_|xenbusb_|evtchn_|xnb_|balloon_|xentimer_');
const ACTIONS = list('alloc|free|setup|teardown|attach|detach|resume|suspend|probe|connect|queue|intr');
const TUNABLES = list(`hw.xbd.xbd_enable_indirect|hw.xn.num_queues|hw.xn.enable_lro|hw.xen.disable_pv_disks|
  hw.xen.disable_pv_nics|dev.xbd.0.max_requests|machdep.xen.grant_frames|vm.balloon.target`);
const MAN_PAGES = list('xen(4)|xnb(4)|xbd(4)|loader.conf(5)|xl(8)|sysctl(8)|ifconfig(8)');
const TITLE_VERBS =
  list(`Fix|Batch|Defer|Preallocate|Validate|Simplify|Rework|Speed up|Harden|Document|Clean up|
  Add support for|Remove|Lock`);

function fill(d: Dice, template: string): string {
  return template
    .replace('{small}', `${String(d.pick([4, 8, 16, 32, 40, 64]))} kB`)
    .replace('{large}', `${String(d.pick([128, 256, 512]))} kB`)
    .replace('{count}', String(d.int(3, 90)))
    .replace('{ms}', String(d.int(40, 900)))
    .replace('{lines}', String(d.int(20, 400)))
    .replace('{pct}', String(d.int(5, 60)))
    .replace('{ring}', String(d.pick([32, 64, 128, 256])));
}

/** A template not used yet in this record (`used` holds kind and index), while any is left. */
function fresh(d: Dice, templates: readonly (() => string)[], used: Set<string>, kind: string): string {
  let left = templates.map((_, index) => index).filter((index) => !used.has(`${kind}${String(index)}`));
  if (left.length === 0) {
    templates.forEach((_, index) => used.delete(`${kind}${String(index)}`));
    left = templates.map((_, index) => index);
  }
  const index = d.pick(left);
  used.add(`${kind}${String(index)}`);
  return (templates[index] as () => string)();
}

/** One sentence of prose; with `ref`, one that cites that record. */
function sentence(d: Dice, used: Set<string>, ref?: string): string {
  const object = d.pick(OBJECTS);
  const component = d.pick(COMPONENTS);
  if (ref) {
    return fresh(
      d,
      [
        () => `It builds on ${ref}, which ${d.pick(VERBS)} ${d.pick(OBJECTS)} in ${d.pick(COMPONENTS)}.`,
        () =>
          `A regression from ${ref} showed up as lost ${object} after a live migration; this commit closes it.`,
        () => `Together with ${ref} it completes the move of ${object} out of ${component}.`,
        () => `Unlike ${ref}, it leaves ${object} alone when the backend is still connecting.`,
      ],
      used,
      'cite',
    );
  }
  const fn = `${d.pick(PREFIXES)}${d.pick(ACTIONS)}${d.pick(['', '_locked', '_cb', '_ring', '_softc'])}`;
  return fresh(
    d,
    [
      () =>
        `${component.charAt(0).toUpperCase()}${component.slice(1)} ${d.pick(VERBS)} ${object} ${d.pick(REASONS)}.`,
      () => `The change touches \`${d.pick(FILES)}\` and \`${d.pick(FILES)}\`.`,
      () => `Most of the work is in \`${fn}()\`, which now ${d.pick(VERBS)} ${object}.`,
      () => fill(d, d.pick(EFFECTS)),
      () =>
        `The tunable \`${d.pick(TUNABLES)}\` (see ${d.pick(MAN_PAGES)}) turns it off for backends that mishandle it.`,
      () => `Before this, ${component} handled ${object} one at a time.`,
      () => `Reviewers asked for ${object} to stay in ${component}.`,
    ],
    used,
    'plain',
  );
}

/** Whether record `index` is a git commit (one in four), and how prose writes it. */
export function syntheticRef(seed: number, index: number): { repository: 'base' | 'src'; ref: string } {
  const digest = createHash('sha1')
    .update(`${String(seed)}:${String(index)}`)
    .digest('hex');
  if (Number.parseInt(digest.slice(0, 2), 16) % 4 !== 0) {
    return { repository: 'base', ref: `r${String(FIRST_REVISION + index)}` };
  }
  // Prose cites a hash of 12 digits with at least one letter and one digit (src/lib/references/git.ts).
  for (let at = 2; ; at += 1) {
    const hash = digest.slice(at, at + 12);
    if (hash.length < 12) return syntheticRef(seed + 0x10000, index);
    if (/[a-f]/.test(hash) && /[0-9]/.test(hash)) return { repository: 'src', ref: hash };
  }
}

const day = (d: Dice, from: number, to: number): string =>
  `${String(d.int(from, to))}-${String(d.int(1, 12)).padStart(2, '0')}-${String(d.int(1, 28)).padStart(2, '0')}`;

/** Record `index` (0-based) of the set `seed` gives. */
export function generateRecord(facts: SiteFacts, index: number, seed = 2016): SyntheticRecord {
  const d = dice((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const { repository, ref } = syntheticRef(seed, index);
  // Two to five references, mostly to recent records as in real commit logs; now and then a real one.
  const refs = new Set<string>();
  const wanted = Math.min(index, d.int(2, 5));
  while (refs.size < wanted) {
    refs.add(syntheticRef(seed, index - 1 - Math.floor(d.next() ** 2 * index)).ref);
    if (d.chance(0.1) && facts.baseRevisions.length > 0) refs.add(`r${String(d.pick(facts.baseRevisions))}`);
  }
  const pending = [...refs];
  const target = d.int(125, 160);
  const paragraphs: string[][] = [[]];
  const used = new Set<string>();
  let words = 0;
  while (words < target || pending.length > 0) {
    const text = sentence(
      d,
      used,
      pending.length > 0 && (words >= target || d.chance(0.3)) ? pending.shift() : undefined,
    );
    const paragraph = paragraphs[paragraphs.length - 1] ?? [];
    paragraph.push(text);
    words += text.split(/\s+/).length;
    if (paragraph.length >= 4 && d.chance(0.5) && words < target) paragraphs.push([]);
  }
  const people = [...facts.people.keys()];
  const record: SyntheticRecord = {
    repository,
    id: `${repository}/${ref}`,
    ref,
    title: `${d.pick(TITLE_VERBS)} ${d.pick(OBJECTS)} in ${d.pick(COMPONENTS).replace(/^the /, '')}`,
    topics: d.sample(facts.topics, d.int(1, 3)),
    sources: d.sample(
      [...facts.sources.keys()].filter((id) => id !== 'talk'),
      d.int(1, 2),
    ),
    verified: d.chance(0.4),
    body: paragraphs.map((sentences) => sentences.join(' ')).join('\n\n'),
    refs: [...refs],
  };
  // Subversion served base until 2020-12-23; src has been in git since.
  if (d.chance(0.7)) record.date = repository === 'base' ? day(d, 2013, 2019) : day(d, 2021, 2025);
  const after = facts.releases.filter(
    (release) => release.date > (record.date ?? (repository === 'base' ? '2013-01-01' : '2021-01-01')),
  );
  if (d.chance(0.5) && after.length > 0) record.firstRelease = d.pick(after.slice(0, 3)).version;
  if (d.chance(0.4)) record.review = `D${String(d.int(1000, 49999))}`;
  if (d.chance(0.7) && people.length > 0) {
    record.people = { author: d.sample(people, 1), committer: d.sample(people, 1) };
    if (d.chance(0.5)) record.people.reviewers = d.sample(people, d.int(1, 2));
  }
  return record;
}

export function generateRecords(facts: SiteFacts, count: number, seed = 2016): SyntheticRecord[] {
  return Array.from({ length: count }, (_, index) => generateRecord(facts, index, seed));
}

/** The record as the site's change record file: its path below the project root and its text. */
export function changeFile(record: SyntheticRecord): { path: string; text: string } {
  const q = (value: string): string => JSON.stringify(value);
  const lines = ['---', `title: ${q(record.title)}`];
  if (record.date) lines.push(`date: '${record.date}'`);
  if (record.firstRelease) lines.push(`firstRelease: '${record.firstRelease}'`);
  lines.push(`topics: [${record.topics.join(', ')}]`);
  if (record.review) lines.push(`review: ${record.review}`);
  if (record.people) {
    lines.push('people:');
    for (const [role, ids] of Object.entries(record.people)) lines.push(`  ${role}: [${ids.join(', ')}]`);
  }
  lines.push(`sources: [${record.sources.join(', ')}]`, `verified: ${String(record.verified)}`, '---', '');
  return { path: `content/changes/${record.id}.md`, text: `${lines.join('\n')}\n${record.body}\n` };
}

/** Writes the records into a copy of the project at `root`. */
export function writeRecords(root: string, records: readonly SyntheticRecord[]): void {
  for (const record of records) {
    const { path, text } = changeFile(record);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
}

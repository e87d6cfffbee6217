/**
 * Deterministic synthetic change records: the same seed and index always give
 * the same record, and record i only refers to records before it, so the
 * 100-record set is a prefix of the 1,000-record set, and so on.
 */

/** Synthetic revisions start here, well above every real record (the highest is r398918). */
export const FIRST_SYNTHETIC_REVISION = 400_000;

export interface SyntheticRecord {
  repository: 'base';
  revision: number;
  title: string;
  authors?: string[];
  date?: string;
  firstRelease?: string;
  topics: string[];
  review?: string;
  sources: string[];
  verified: boolean;
  /** Markdown body: prose with `r<number>` references to earlier synthetic records. */
  body: string;
  /** The revisions the body refers to. */
  refs: number[];
}

export interface GeneratorInput {
  seed: number;
  /** Topic slugs from content/data/topics.json. */
  topics: readonly string[];
  /** Source ids from content/data/sources.json. */
  sources: readonly string[];
}

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.#next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** n distinct items, in the list's order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(n, items.length)) chosen.add(Math.floor(this.#next() * items.length));
    return [...chosen].sort((a, b) => a - b).map((index) => items[index] as T);
  }
}

const COMPONENTS = [
  'blkfront',
  'blkback',
  'netfront',
  'netback',
  'the XenStore client',
  'xenbus',
  'the grant table code',
  'the event channel layer',
  'the PV console driver',
  'the balloon driver',
  'the interrupt glue in xen_intr',
  'the PVH boot path',
  'the HVM setup code',
  'xenpci',
  'the Xen timer driver',
  'privcmd',
  'gntdev',
  'the evtchn device',
  'the vPMU glue',
  'the xSplice hooks',
  'the suspend and resume code',
  'the multiboot loader',
  'the ACPI table parser',
  'the local APIC emulation',
  'the busdma bounce code',
  'the shared info page handling',
  'the vCPU enumeration code',
  'the block ring macros',
  'the RX path of netfront',
  'the TX path of netfront',
  'the Dom0 physical memory map',
  'the PCI passthrough front-end',
  'the migration handler',
  'the EC2 image scripts',
];

const VERBS_PAST = [
  'now batches',
  'no longer leaks',
  'stops double-counting',
  'learned to negotiate',
  'defers',
  'preallocates',
  'reuses',
  'validates',
  'drops support for',
  'gained support for',
  'reorders',
  'serializes',
  'caches',
  'splits',
  'merges',
  'rate-limits',
  'tears down',
  'rebuilds',
  'unmaps',
  'maps on demand only',
  'locks',
  'retries',
  'rejects stale',
  'exports',
];

const OBJECTS = [
  'grant references',
  'indirect segment descriptors',
  'event channel notifications',
  'ring slots',
  'XenStore watches',
  'receive buffers',
  'transmit requests',
  'the shared info page',
  'per-CPU interrupt sources',
  'virtual IRQ bindings',
  'the backend feature flags',
  'persistent grants',
  'hypercall pages',
  'the callback vector',
  'multiqueue state',
  'checksum offload flags',
  'TSO segments',
  'LRO chains',
  'balloon targets',
  'memory reservations',
  'the p2m table',
  'unmapped I/O requests',
  'barrier requests',
  'flush and discard requests',
  'the PMU MSR accesses',
  'the suspend event channel',
  'domain ID lookups',
  'MSI-X vectors',
  'the boot-time memory map',
  'the start info page',
  'console ring indexes',
  'timer one-shot deadlines',
  'vCPU runstate areas',
  'foreign mappings',
];

const REASONS = [
  'so that a busy guest no longer stalls on a full ring',
  'because the backend may disconnect at any moment during migration',
  'which halves the number of hypercalls on the fast path',
  'to avoid a race with the interrupt handler on another vCPU',
  'since Xen 4.6 changed the layout the driver relied on',
  'so that Dom0 can hand the page back to the hypervisor',
  'which keeps the lock hold time short under load',
  'because some backends advertise the feature but mishandle it',
  'to keep the guest responsive while the toolstack reconnects devices',
  'which removes a copy of every received packet',
  'so that unmapped buffers from the VM system reach the disk directly',
  'because the old path panicked when the ring was resized',
  'to match what Linux and NetBSD guests already do',
  'which lets the scheduler see real steal time',
  'so that a single slow queue does not starve the others',
  'because the hypervisor now rejects the old hypercall',
  'which shortens boot on instances with many vCPUs',
  'to make live migration resume without reprobing every device',
];

const EFFECTS = [
  'Throughput on a four-vCPU guest rose from {small} to {large} in the commit message’s iperf runs.',
  'The commit message measures {count} fewer hypercalls per second on a busy web server.',
  'Boot on a large EC2 instance got about {ms} ms faster.',
  'The change is small, under {lines} lines, but it touches every request the driver sends.',
  'Latency at the 99th percentile dropped by roughly {pct} percent in the author’s fio tests.',
  'Guests with {ring} ring slots now use all of them instead of half.',
  'I/O sizes went from {small} to {large} per request on the test backend.',
  'Memory use in Dom0 fell by about {large} on a host running {count} guests.',
  'No measurable change in throughput was reported, but the code is simpler.',
  'The fix was later merged to the stable branch after a week of testing on the cluster.',
];

const FILES = [
  'sys/dev/xen/blkfront/blkfront.c',
  'sys/dev/xen/blkfront/block.h',
  'sys/dev/xen/blkback/blkback.c',
  'sys/dev/xen/netfront/netfront.c',
  'sys/dev/xen/netback/netback.c',
  'sys/dev/xen/control/control.c',
  'sys/dev/xen/balloon/balloon.c',
  'sys/dev/xen/console/xen_console.c',
  'sys/dev/xen/privcmd/privcmd.c',
  'sys/dev/xen/gntdev/gntdev.c',
  'sys/dev/xen/evtchn/evtchn.c',
  'sys/dev/xen/timer/timer.c',
  'sys/dev/xen/xenpci/xenpci.c',
  'sys/dev/xen/pcifront/pcifront.c',
  'sys/x86/xen/xen_intr.c',
  'sys/x86/xen/hvm.c',
  'sys/x86/xen/pv.c',
  'sys/x86/xen/pvcpu_enum.c',
  'sys/x86/xen/xen_apic.c',
  'sys/x86/xen/xen_nexus.c',
  'sys/x86/xen/xen_msi.c',
  'sys/xen/gnttab.c',
  'sys/xen/xenbus/xenbusb.c',
  'sys/xen/xenstore/xenstore.c',
  'sys/xen/xen-os.h',
  'sys/xen/interface/io/ring.h',
  'sys/xen/interface/io/blkif.h',
  'sys/xen/interface/io/netif.h',
  'sys/amd64/amd64/machdep.c',
  'sys/conf/files.amd64',
];

const FUNCTIONS = [
  'xbd_queue_cb',
  'xbd_connect',
  'xbd_free',
  'xbd_setup_sring',
  'xn_rxeof',
  'xn_txeof',
  'xn_assemble_tx_request',
  'xn_alloc_rx_buffers',
  'xn_connect',
  'xen_intr_bind_virq',
  'xen_intr_alloc_isrc',
  'xen_intr_handle_upcall',
  'gnttab_grant_foreign_access',
  'gnttab_end_foreign_access_ref',
  'gnttab_alloc_grant_references',
  'xs_read',
  'xs_watch',
  'xs_transaction_end',
  'xenbusb_probe_children',
  'xctrl_suspend',
  'balloon_process',
  'xen_hvm_init',
  'xen_pv_lapic_ipi',
  'xentimer_intr',
  'privcmd_ioctl',
  'gntdev_mmap',
  'evtchn_read',
  'xen_pmu_intr',
  'hammer_time_xen',
  'xen_setup_vcpu_info',
];

const TUNABLES = [
  'hw.xbd.xbd_enable_indirect',
  'hw.xn.num_queues',
  'hw.xn.enable_lro',
  'hw.xen.disable_pv_disks',
  'hw.xen.disable_pv_nics',
  'dev.xn.0.rx_chunks',
  'dev.xbd.0.max_requests',
  'machdep.xen.grant_frames',
  'kern.xen.xenstore_timeout',
  'vm.balloon.target',
];

const MAN_PAGES = ['xen(4)', 'xnb(4)', 'xbd(4)', 'loader.conf(5)', 'xl(8)', 'sysctl(8)', 'ifconfig(8)'];

const AUTHORS = [
  'Ada Marsh',
  'Bruno Keller',
  'Chen Wei',
  'Dana Okafor',
  'Emil Lindqvist',
  'Farah Haddad',
  'Gustavo Reis',
  'Hana Novak',
  'Ivo Petrov',
  'Jun Takahashi',
  'Katrin Vogel',
  'Luis Ortega',
  'Mira Sandberg',
  'Nikhil Rao',
  'Olga Ivanova',
  'Pavel Horak',
];

const RELEASES = ['10.2', '10.3', '11.0', '11.1', '11.2', '12.0'];

const TITLE_VERBS = [
  'Fix',
  'Batch',
  'Defer',
  'Preallocate',
  'Validate',
  'Simplify',
  'Rework',
  'Speed up',
  'Harden',
  'Document',
  'Clean up',
  'Add support for',
  'Remove',
  'Lock',
];

function fill(dice: Dice, template: string): string {
  return template
    .replace('{small}', `${String(dice.pick([4, 8, 16, 32, 40, 64]))} kB`)
    .replace('{large}', `${String(dice.pick([128, 256, 512]))} kB`)
    .replace('{count}', String(dice.int(3, 90)))
    .replace('{ms}', String(dice.int(40, 900)))
    .replace('{lines}', String(dice.int(20, 400)))
    .replace('{pct}', String(dice.int(5, 60)))
    .replace('{ring}', String(dice.pick([32, 64, 128, 256])));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One sentence of prose; with `rev`, one that cites that revision. */
function sentence(dice: Dice, used: Set<string>, rev?: string): string {
  const component = dice.pick(COMPONENTS);
  const object = dice.pick(OBJECTS);
  if (rev) {
    const citing: (() => string)[] = [
      () =>
        `It builds on ${rev}, which ${dice.pick(VERBS_PAST)} ${dice.pick(OBJECTS)} in ${dice.pick(COMPONENTS)}.`,
      () =>
        `A regression from ${rev} showed up as lost ${object} after a live migration; this commit closes it.`,
      () => `Together with ${rev} it completes the move of ${object} out of ${component}.`,
      () => `Unlike ${rev}, it leaves ${object} alone when the backend is still connecting.`,
      () => `The approach follows ${rev}, which did the same for ${dice.pick(COMPONENTS)}.`,
    ];
    return pickFresh(dice, citing, used, 'c')();
  }
  const plain: (() => string)[] = [
    () => `${capitalize(component)} ${dice.pick(VERBS_PAST)} ${object} ${dice.pick(REASONS)}.`,
    () => `The change touches \`${dice.pick(FILES)}\` and \`${dice.pick(FILES)}\`.`,
    () => `Most of the work is in \`${functionName(dice)}()\`, which now ${dice.pick(VERBS_PAST)} ${object}.`,
    () => fill(dice, dice.pick(EFFECTS)),
    () =>
      `The loader tunable \`${dice.pick(TUNABLES)}\` (see ${dice.pick(MAN_PAGES)}) turns the behaviour off for backends that mishandle it.`,
    () => `Before this, ${component} handled ${object} one at a time.`,
    () =>
      `The author tested it on ${dice.pick(['Xen 4.5', 'Xen 4.6', 'EC2 c4 instances', 'a Dom0 with 64 GB', 'an AMD host'])}.`,
    () => `Reviewers asked for ${object} to stay in ${component}.`,
    () => `Guests running on Xen ${dice.pick(['4.2', '4.4', '4.6', '4.7', '4.8'])} or later benefit most.`,
  ];
  return pickFresh(dice, plain, used, 'p')();
}

/** A template not used yet in this record, while any is left. */
function pickFresh<T>(dice: Dice, templates: readonly T[], used: Set<string>, kind: string): T {
  const fresh = templates.map((_, index) => index).filter((index) => !used.has(`${kind}${String(index)}`));
  if (fresh.length === 0) {
    for (const key of [...used]) if (key.startsWith(kind)) used.delete(key);
    return pickFresh(dice, templates, used, kind);
  }
  const index = dice.pick(fresh);
  used.add(`${kind}${String(index)}`);
  return templates[index] as T;
}

function functionName(dice: Dice): string {
  if (dice.chance(0.5)) return dice.pick(FUNCTIONS);
  const prefix = dice.pick([
    'xbd_',
    'xn_',
    'xs_',
    'gnttab_',
    'xen_intr_',
    'xctrl_',
    'xenbusb_',
    'evtchn_',
    'xnb_',
  ]);
  const verb = dice.pick([
    'alloc',
    'free',
    'setup',
    'teardown',
    'attach',
    'detach',
    'resume',
    'suspend',
    'probe',
  ]);
  return prefix + verb + dice.pick(['', '_locked', '_cb', '_ring', '_queue', '_rings', '_softc']);
}

function title(dice: Dice): string {
  const component = dice.pick(COMPONENTS).replace(/^the /, '');
  return `${dice.pick(TITLE_VERBS)} ${dice.pick(OBJECTS)} in ${component}`;
}

/** Record `index` (0-based) of a set generated from `input`. */
export function generateRecord(input: GeneratorInput, index: number): SyntheticRecord {
  const dice = new Dice((input.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const revision = FIRST_SYNTHETIC_REVISION + index;
  // Several references to earlier records, mostly recent ones, like real commit logs.
  const wanted = Math.min(index, dice.int(2, 5));
  const earlier = new Set<number>();
  while (earlier.size < wanted) {
    const back = 1 + Math.floor(dice.float() ** 2 * index);
    earlier.add(revision - Math.min(back, index));
  }
  const pending = [...earlier].map((rev) => `r${String(rev)}`);
  const refs = [...earlier];
  const target = dice.int(125, 160);
  const used = new Set<string>();
  const paragraphs: string[][] = [[]];
  let words = 0;
  while (words < target || pending.length > 0) {
    const cite = pending.length > 0 && (words >= target || dice.chance(0.3));
    const text = sentence(dice, used, cite ? pending.shift() : undefined);
    const current = paragraphs[paragraphs.length - 1] ?? [];
    current.push(text);
    words += text.split(/\s+/).length;
    if (current.length >= 4 && dice.chance(0.5) && words < target) paragraphs.push([]);
  }
  const record: SyntheticRecord = {
    repository: 'base',
    revision,
    title: title(dice),
    topics: dice.sample(input.topics, dice.int(1, 3)),
    sources: dice.sample(
      input.sources.filter((id) => id !== 'talk'),
      dice.int(1, 2),
    ),
    verified: dice.chance(0.4),
    body: paragraphs.map((sentences) => sentences.join(' ')).join('\n\n'),
    refs,
  };
  if (record.sources.length === 0) record.sources = ['talk'];
  if (dice.chance(0.7)) record.authors = dice.sample(AUTHORS, dice.int(1, 2));
  if (dice.chance(0.6)) {
    record.date = `${String(dice.int(2013, 2017))}-${String(dice.int(1, 12)).padStart(2, '0')}-${String(dice.int(1, 28)).padStart(2, '0')}`;
  }
  if (dice.chance(0.3)) record.firstRelease = dice.pick(RELEASES);
  if (dice.chance(0.4)) record.review = `D${String(dice.int(1000, 9999))}`;
  return record;
}

export function generateRecords(input: GeneratorInput, count: number): SyntheticRecord[] {
  return Array.from({ length: count }, (_, index) => generateRecord(input, index));
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** The record as this site's change record file (content/changes/base/r<number>.md). */
export function toChangeMarkdown(record: SyntheticRecord): string {
  const lines = [
    '---',
    `repository: ${record.repository}`,
    `revision: ${String(record.revision)}`,
    `title: ${yamlString(record.title)}`,
  ];
  if (record.authors) lines.push(`authors: [${record.authors.map(yamlString).join(', ')}]`);
  if (record.date) lines.push(`date: ${record.date}`);
  if (record.firstRelease) lines.push(`firstRelease: '${record.firstRelease}'`);
  lines.push(`topics: [${record.topics.join(', ')}]`);
  if (record.review) lines.push(`review: ${record.review}`);
  lines.push(
    `sources: [${record.sources.join(', ')}]`,
    `verified: ${String(record.verified)}`,
    'inTalk: false',
  );
  lines.push('---', '', record.body, '');
  return lines.join('\n');
}

/** Words in a record's body (for the report). */
export function wordCount(record: SyntheticRecord): number {
  return record.body.split(/\s+/).filter(Boolean).length;
}

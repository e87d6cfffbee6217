/**
 * A small, valid content tree made up for the validation tests: two topics,
 * two releases, a head commit and its merge, an advisory, a person, a
 * glossary entry and the data files. It stands for no real record, so
 * correcting the site's content breaks no test that uses it.
 */
import { formatProblem, isContentError } from '../../src/lib/content-error.ts';
import { validateContent, type SourceText } from '../../src/schemas/validate.ts';

export const TODAY = '2026-12-02';

export const FIXTURE: Readonly<Record<string, string>> = {
  'content/data/topics.json': JSON.stringify(
    {
      groups: [
        { label: 'Drivers', topics: ['alpha'] },
        { label: 'Platform', topics: ['beta'] },
      ],
    },
    null,
    2,
  ),
  'content/data/sources.json': JSON.stringify(
    {
      talk: { title: 'A talk', url: 'https://talk.example/', kind: 'talk' },
      'notes-1.0': {
        title: 'Notes of 1.0',
        url: 'https://www.freebsd.org/releases/1.0R/relnotes/',
        kind: 'release-notes',
        primary: true,
      },
      'schedule-1.0': {
        title: 'Schedule of 1.0',
        url: 'https://www.freebsd.org/releases/1.0R/schedule/',
        kind: 'schedule',
        primary: true,
      },
      'mirror-r100': { title: 'Commit r100', url: 'https://mirror.example/r100', kind: 'commit' },
    },
    null,
    2,
  ),
  'content/data/charts.json': JSON.stringify(
    { speed: { title: 'Speed', unit: 'Gb/s', bars: [{ label: 'one', value: 1 }], source: 'talk' } },
    null,
    2,
  ),
  'content/data/support.json': JSON.stringify(
    {
      groups: [
        {
          label: 'Drivers',
          features: [
            {
              id: 'alpha-io',
              label: 'Alpha I/O',
              topic: 'alpha',
              spans: [
                {
                  from: '1.0',
                  status: 'supported',
                  evidence: [{ source: 'notes-1.0', strength: 'primary', says: 'The notes list it.' }],
                },
              ],
            },
          ],
        },
      ],
    },
    null,
    2,
  ),
  'content/data/guest-support.json': JSON.stringify(
    {
      caption: 'Guests and modes',
      source: 'talk',
      columns: [
        { id: 'pv', label: 'PV' },
        { id: 'pvh', label: 'PVH', see: { topic: 'beta', text: 'PVH' } },
        { id: 'pvhvm', label: 'PVHVM' },
        { id: 'hvm-pv-drivers', label: 'HVM with PV drivers' },
        { id: 'hvm', label: 'HVM' },
      ],
      rows: [
        {
          os: 'FreeBSD',
          support: { pv: 'no', pvh: 'yes', pvhvm: 'yes', 'hvm-pv-drivers': 'yes', hvm: 'yes' },
        },
      ],
    },
    null,
    2,
  ),
  'content/data/xen-paths.json': JSON.stringify(
    {
      src: [{ glob: 'sys/xen/**', topics: ['alpha'] }],
      ports: [{ glob: 'emulators/xen-kernel*/**', topics: ['beta'] }],
    },
    null,
    2,
  ),
  'content/data/import-state.json': JSON.stringify({ format: 1, pathMap: '', repositories: {} }, null, 2),
  'content/data/virtualization-spectrum.json': JSON.stringify(
    {
      caption: 'Spectrum',
      source: 'talk',
      legend: { VS: 'Software', VH: 'Hardware', PV: 'Paravirtualised' },
      columns: [
        { id: 'disk-network', label: 'Disk and network' },
        { id: 'interrupts-timers', label: 'Interrupts and timers' },
        { id: 'motherboard', label: 'Emulated motherboard' },
        { id: 'privileged-page-tables', label: 'Privileged instructions and page tables' },
      ],
      rows: [
        {
          mode: 'HVM',
          cells: {
            'disk-network': 'VS',
            'interrupts-timers': 'VS',
            motherboard: 'VS',
            'privileged-page-tables': 'VH',
          },
        },
      ],
    },
    null,
    2,
  ),
  'content/changes/base/r100.md': `---
title: Alpha learns to read
date: '2015-07-30'
firstRelease: '1.1'
topics: [alpha]
people:
  author: [alice]
sources: [talk, mirror-r100]
verified: true
inTalk: true
---
The head commit.
`,
  'content/changes/base/r101.md': `---
title: Alpha reads on the stable branch
firstRelease: '1.1'
mergeOf: r100
branch: stable/1
topics: [alpha]
sources: [talk]
verified: false
---
Its merge.
`,
  'content/advisories/FreeBSD-SA-01-01.xen.md': `---
topic: Alpha reads too much
announced: '2016-01-01'
releases: ['1.1']
topics: [alpha]
sources: [talk]
---
What went wrong.
`,
  'content/releases/1.0.md': `---
date: '2014-01-01'
dateSource:
  source: schedule-1.0
  as: schedule (actual)
branch: stable/1
sources: [notes-1.0, schedule-1.0]
---
`,
  'content/releases/1.1.md': `---
date: '2016-06-01'
dateSource:
  source: schedule-1.0
  as: schedule (planned)
branch: stable/1
notes:
  - in: release notes
    text: Alpha reads now (r100).
sources: [notes-1.0, schedule-1.0]
---
`,
  'content/people/alice.md': `---
name: Alice Example
freebsdAccount: true
sources: [talk]
---
`,
  'content/glossary/grant-table.md': `---
term: Grant table
aka: [grant]
topics: [alpha]
sources: [talk]
---
A table of grants.
`,
  'content/topics/alpha.mdx': `---
title: Alpha
description: The alpha driver, what it reads and since when FreeBSD has it.
related: [beta]
status:
  features: [alpha-io]
sources: [talk]
---
Alpha.
`,
  'content/topics/beta.mdx': `---
title: Beta
description: The beta platform, what it offers and since when FreeBSD has it.
status:
  features: [alpha-io]
sources: [talk]
---
Beta.
`,
};

export type Files = Map<string, string>;

/** A copy of the fixture tree, to break one thing in. */
export function fixtureFiles(): Files {
  return new Map(Object.entries(FIXTURE));
}

export function asSources(files: Files): SourceText[] {
  return [...files].map(([path, text]) => ({ path, text }));
}

/** Replaces the first occurrence of `from` in a file; fails loudly if it is not there. */
export function edit(files: Files, path: string, from: string | RegExp, to: string): void {
  const before = files.get(path);
  if (before === undefined) throw new Error(`no file ${path} in the fixture`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the edit to ${path} changed nothing`);
  files.set(path, after);
}

/** `line:column` of the first occurrence of a string in a file, or of `open` just before it (`{` for its object). */
export function place(files: Files, path: string, needle: string, open?: string): string {
  const source = files.get(path) ?? '';
  const found = source.indexOf(needle);
  if (found === -1) throw new Error(`${needle} is not in ${path}`);
  const at = open === undefined ? found : source.lastIndexOf(open, found);
  const before = source.slice(0, at);
  return `${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`;
}

/** Every problem validation reports for the files, formatted as authors read them. */
export function problemsOf(files: Files): string[] {
  const result = validateContent(asSources(files), { today: TODAY });
  return isContentError(result) ? result.problems.map(formatProblem) : [];
}

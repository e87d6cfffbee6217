import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, isContentError } from '../../src/lib/content-error.ts';
import { readContentFiles } from '../../src/loaders/content-files.ts';
import { validateContent, type SourceText } from '../../src/schemas/validate.ts';

/**
 * Every class of bad input an author can make, each against the real
 * content with one thing broken, validated without a build. Each case
 * asserts the whole message: file:line:column, the problem with the value,
 * and the fix.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const REAL: readonly SourceText[] = readContentFiles(ROOT);
const TODAY = '2026-12-02';
const RECORD = 'content/changes/base/r286062.md';
const TOPIC = 'content/topics/blkfront.mdx';

type Files = Map<string, string>;

function text(files: Files, path: string): string {
  const found = files.get(path);
  if (found === undefined) throw new Error(`no file ${path} in the content`);
  return found;
}

/** Replaces the first occurrence of `from` in a file; the case fails loudly if it is not there. */
function edit(files: Files, path: string, from: string | RegExp, to: string): void {
  const before = text(files, path);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`the edit to ${path} changed nothing`);
  files.set(path, after);
}

/** 1-based line of the first occurrence of a string in a file of the broken content. */
function lineOf(files: Files, path: string, needle: string): number {
  const at = text(files, path).indexOf(needle);
  if (at === -1) throw new Error(`${needle} is not in ${path}`);
  return text(files, path).slice(0, at).split('\n').length;
}

/** `line:column` of the first occurrence of a string in a file of the broken content. */
function place(files: Files, path: string, needle: string): string {
  const source = text(files, path);
  const at = source.indexOf(needle);
  if (at === -1) throw new Error(`${needle} is not in ${path}`);
  const before = source.slice(0, at);
  return `${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`;
}

function problemsAfter(change: (files: Files) => void): string[] {
  const files: Files = new Map(REAL.map((file) => [file.path, file.text]));
  change(files);
  const result = validateContent(
    [...files].map(([path, text]) => ({ path, text })),
    { today: TODAY },
  );
  return isContentError(result) ? result.problems.map(formatProblem) : [];
}

describe('the real content', () => {
  it('has no problems', () => {
    expect(problemsAfter(() => undefined)).toEqual([]);
  });
});

interface Case {
  name: string;
  change: (files: Files) => void;
  /** Every line expected, exactly, for the problems the change causes (a function may read the broken files). */
  expected: string[] | ((files: Files) => string[]);
}

function run(cases: Case[]): void {
  it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', (_, { change, expected }) => {
    let broken: Files = new Map();
    const problems = problemsAfter((files) => {
      change(files);
      broken = files;
    });
    expect(problems).toEqual(typeof expected === 'function' ? expected(broken) : expected);
  });
}

describe('a record whose path is not its identity', () => {
  run([
    {
      name: 'a record in a folder that is no repository',
      change: (files) => files.set('content/changes/kernel/r1.md', text(files, RECORD)),
      expected: [
        'content/changes/kernel/r1.md: a change record must sit in a repository folder, content/changes/<base|ports|doc|src>/\n    fix: move the file to content/changes/base/ (Subversion src), content/changes/src/ (git src), or ports/ or doc/',
      ],
    },
    {
      name: 'a record named after nothing',
      change: (files) => files.set('content/changes/base/blkfront.md', text(files, RECORD)),
      expected: [
        'content/changes/base/blkfront.md: blkfront is not a revision (r<number>), and base only had Subversion revisions\n    fix: name a Subversion record r<number>.md, or put a git commit under src, ports, doc',
      ],
    },
    {
      name: 'a revision file name with a capital R',
      change: (files) => files.set('content/changes/base/R111.md', text(files, RECORD)),
      expected: [
        'content/changes/base/R111.md: R111.md does not name a revision\n    fix: name the file r<number>.md, for example r286062.md',
      ],
    },
    {
      name: 'a Subversion revision in the git repository src',
      change: (files) => files.set('content/changes/src/r111.md', text(files, RECORD)),
      expected: [
        'content/changes/src/r111.md: r111 is a Subversion revision, but src is a git repository\n    fix: move it to content/changes/base/ (the Subversion name of the source tree) or base, ports, doc',
      ],
    },
    {
      name: 'a git hash written in upper case',
      change: (files) => files.set('content/changes/src/ABCDEF123456.md', text(files, RECORD)),
      expected: [
        'content/changes/src/ABCDEF123456.md: ABCDEF123456.md does not name a git commit\n    fix: name the file after the commit hash in lower case, 7 to 40 hexadecimal digits, for example 65f22ccf8247.md',
      ],
    },
    {
      name: 'an upper-case extension',
      change: (files) => files.set('content/changes/base/r111.MD', text(files, RECORD)),
      expected: [
        'content/changes/base/r111.MD: the extension must be written in lower case (.md)\n    fix: rename it to r111.md',
      ],
    },
    {
      name: 'a file that is not Markdown among the records',
      change: (files) => files.set('content/changes/base/notes.txt', 'x'),
      expected: [
        'content/changes/base/notes.txt: files in content/changes/ end in .md\n    fix: rename it to end in .md, or move it out of content/changes/',
      ],
    },
    {
      name: 'a file outside every kind of content',
      change: (files) => files.set('content/drafts/idea.md', 'x'),
      expected: [
        'content/drafts/idea.md: this file is not one of the kinds of content the site reads\n    fix: move it where CONTRIBUTING.md says files of its kind go, or delete it',
      ],
    },
    {
      name: 'front matter that repeats the revision',
      change: (files) => edit(files, RECORD, '---\n', '---\nrevision: 286062\n'),
      expected: [
        "content/changes/base/r286062.md:2:11: revision: not a field here (found 286062)\n    fix: remove revision: a change record's folder and file name say its repository and revision",
      ],
    },
    {
      name: 'two files whose names differ only in case',
      change: (files) => files.set('content/glossary/PVH.md', text(files, 'content/glossary/pvh.md')),
      expected: [
        'content/glossary/PVH.md: its name differs from content/glossary/pvh.md only in case\n    fix: rename one of them: on macOS and Windows they are the same file',
        'content/glossary/PVH.md: PVH is not a valid name here\n    fix: name the file after the term in kebab case, for example grant-table.md',
      ],
    },
  ]);
});

describe('dates that are not days', () => {
  const dateLine = (files: Files): number => lineOf(files, RECORD, 'date:');
  run([
    {
      name: 'a bare year',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", 'date: 2015'),
      expected: (files) => [
        `${RECORD}:${String(dateLine(files))}:7: date: expected a date as "YYYY-MM-DD", got 2015\n    fix: give the commit date as "YYYY-MM-DD" only where a source states it, otherwise leave the field out`,
      ],
    },
    {
      name: 'a Unix timestamp',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", 'date: 1438214400'),
      expected: (files) => [
        `${RECORD}:${String(dateLine(files))}:7: date: expected a date as "YYYY-MM-DD", got 1438214400\n    fix: give the commit date as "YYYY-MM-DD" only where a source states it, otherwise leave the field out`,
      ],
    },
    {
      name: 'a day the calendar does not have',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", "date: '2015-02-30'"),
      expected: (files) => [
        `${RECORD}:${String(dateLine(files))}:7: date: no such day in the calendar (found "2015-02-30")\n    fix: give the commit date as "YYYY-MM-DD" only where a source states it, otherwise leave the field out`,
      ],
    },
    {
      name: 'an unquoted date, which YAML 1.2 keeps as text, is accepted',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", 'date: 2015-07-30'),
      expected: [],
    },
    {
      name: 'a date in the future',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", "date: '2027-01-01'"),
      expected: (files) => [
        `${RECORD}:${String(dateLine(files))}:7: date 2027-01-01 is in the future\n    fix: give the commit date a source states`,
        `${RECORD}:${String(dateLine(files))}:7: date 2027-01-01 is after base left Subversion (2020-12-23): r286062 cannot be that late\n    fix: check the date, or whether this is a git commit`,
        `${RECORD}:${String(dateLine(files))}:7: date 2027-01-01 is after FreeBSD 10.3 came out (4 April 2016), yet firstRelease says it shipped there\n    fix: check the commit date, or set firstRelease to the first release made after 2027-01-01 that shipped it`,
      ],
    },
    {
      name: 'a Subversion revision dated after its repository moved to git',
      change: (files) => edit(files, RECORD, "date: '2015-07-30'", "date: '2021-06-01'"),
      expected: (files) => [
        `${RECORD}:${String(dateLine(files))}:7: date 2021-06-01 is after base left Subversion (2020-12-23): r286062 cannot be that late\n    fix: check the date, or whether this is a git commit`,
        `${RECORD}:${String(dateLine(files))}:7: date 2021-06-01 is after FreeBSD 10.3 came out (4 April 2016), yet firstRelease says it shipped there\n    fix: check the commit date, or set firstRelease to the first release made after 2021-06-01 that shipped it`,
      ],
    },
    {
      name: 'a release date in the future',
      change: (files) => edit(files, 'content/releases/15.0.md', "date: '2025-12-02'", "date: '2027-06-01'"),
      expected: [
        'content/releases/15.0.md:2:7: date 2027-06-01 is in the future\n    fix: give the date of the release announcement',
      ],
    },
  ]);
});

describe('references outside prose', () => {
  run([
    {
      name: 'in a record title',
      change: (files) =>
        edit(
          files,
          RECORD,
          'title: Indirect segment I/O for blkfront',
          'title: Indirect segment I/O, see r999999',
        ),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'r999999')}: title: r999999 has no record\n    fix: add content/changes/base/r999999.md (or content/changes/ports/… for a ports commit) with its facts and sources, or write it as inline code if it is not a reference`,
      ],
    },
    {
      name: 'in a topic description',
      change: (files) =>
        edit(
          files,
          TOPIC,
          'description: "FreeBSD\'s',
          'description: "FreeBSD\'s (since FreeBSD-SA-99:01.xen)',
        ),
      expected: (files) => [
        `${TOPIC}:${place(files, TOPIC, 'FreeBSD-SA-99')}: description: FreeBSD-SA-99:01.xen has no record\n    fix: add content/advisories/FreeBSD-SA-99-01.xen.md with its facts and sources, or write it as inline code if it is not a reference`,
      ],
    },
    {
      name: 'in a glossary alias',
      change: (files) => edit(files, 'content/glossary/pvh.md', 'aka: [', 'aka: [abcdef123456, '),
      expected: (files) => [
        `content/glossary/pvh.md:${place(files, 'content/glossary/pvh.md', 'abcdef123456')}: aka.0: abcdef123456 has no record\n    fix: add content/changes/src/abcdef123456.md (or content/changes/ports/… or doc/… for those repositories) with its facts and sources, or write it as inline code if it is not a reference`,
      ],
    },
    {
      name: 'in a text of a data file',
      change: (files) =>
        edit(
          files,
          'content/data/support.json',
          '"says": "The 10.1 release notes list unmapped I/O support in blkfront (r270130)."',
          '"says": "The 10.1 release notes list unmapped I/O support in blkfront (r270131)."',
        ),
      expected: (files) => [
        `content/data/support.json:${place(files, 'content/data/support.json', 'r270131')}: groups.2.features.1.spans.1.evidence.0.says: r270131 has no record\n    fix: add content/changes/base/r270131.md (or content/changes/ports/… for a ports commit) with its facts and sources, or write it as inline code if it is not a reference`,
      ],
    },
    {
      name: 'a source id that merely contains a revision is not a reference',
      change: (files) => {
        edit(
          files,
          'content/data/sources.json',
          '"talk": {',
          '"mirror-r1234567": { "title": "t", "url": "https://github.com/x", "kind": "commit" },\n  "talk": {',
        );
        edit(files, RECORD, 'sources: [talk,', 'sources: [mirror-r1234567, talk,');
      },
      expected: [],
    },
  ]);
});

describe('claims without what they need', () => {
  const UNVERIFIED = 'content/changes/base/r284296.md';
  run([
    {
      name: 'verified with the talk as the only source',
      change: (files) => {
        edit(files, UNVERIFIED, /sources: \[.*\]/, 'sources: [talk]');
        edit(files, UNVERIFIED, 'verified: false', 'verified: true');
      },
      expected: (files) => [
        `${UNVERIFIED}:${place(files, UNVERIFIED, 'true')}: verified: true, but the talk is the only source\n    fix: add the source that ties the commit to its content, or set verified: false`,
      ],
    },
    {
      name: 'a source listed twice',
      change: (files) => edit(files, RECORD, 'sources: [talk,', 'sources: [talk, talk,'),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'talk, relnotes')}: sources.1: source "talk" is listed twice\n    fix: list source ids from content/data/sources.json (talk for the FOSDEM talk), each once`,
      ],
    },
    {
      name: 'an unknown source on a topic',
      change: (files) => edit(files, TOPIC, 'sources: [talk,', 'sources: [talks,'),
      expected: (files) => [
        `${TOPIC}:${place(files, TOPIC, 'talks')}: unknown source "talks"\n    fix: add it to content/data/sources.json or use one of its ids`,
      ],
    },
    {
      name: 'two glossary files defining the same term, in another case',
      change: (files) =>
        files.set(
          'content/glossary/pvh-mode.md',
          '---\nterm: pvh\nsources: [talk]\n---\nA second definition.\n',
        ),
      expected: [
        'content/glossary/pvh-mode.md:2:7: the term "pvh" is also defined by content/glossary/pvh.md\n    fix: define each term once: merge the entries, or keep the name in one of them',
      ],
    },
    {
      name: "a glossary alias that is another entry's term",
      change: (files) => edit(files, 'content/glossary/pvh.md', 'aka: [', 'aka: [HVMlite, '),
      expected: (files) => [
        `content/glossary/pvh.md:${place(files, 'content/glossary/pvh.md', 'HVMlite')}: the term "HVMlite" is also defined by content/glossary/hvmlite.md\n    fix: define each term once: merge the entries, or keep the name in one of them`,
      ],
    },
  ]);
});

describe('ids that name nothing', () => {
  run([
    {
      name: 'an unknown person',
      change: (files) => edit(files, RECORD, 'reviewers: [royger]', 'reviewers: [royger, rpm]'),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, 'rpm')}: unknown person "rpm"\n    fix: add content/people/rpm.md with the person's name and a source, or use an existing id`,
      ],
    },
    {
      name: 'a person no record names',
      change: (files) =>
        files.set(
          'content/people/nobody.md',
          '---\nname: No Body\nfreebsdAccount: false\nsources: [talk]\n---\n',
        ),
      expected: [
        'content/people/nobody.md:1: no change record names nobody\n    fix: name the person in a record (people: …), or delete the file',
      ],
    },
    {
      name: 'an unknown topic on a record',
      change: (files) => edit(files, RECORD, 'topics: [blkfront, dom0]', 'topics: [blkfront, xenbus]'),
      expected: (files) => [
        expect.stringMatching(
          new RegExp(
            `^${RECORD}:${place(files, RECORD, 'xenbus')}: topics\\.1: unknown topic "xenbus"\\n    fix: use a topic listed in content/data/topics\\.json: architecture, `,
          ),
        ),
      ],
    },
    {
      name: 'a topic page the navigation does not list',
      change: (files) => files.set('content/topics/xenbus.mdx', text(files, TOPIC)),
      expected: [
        'content/topics/xenbus.mdx:1: the topic is not listed in content/data/topics.json\n    fix: add "xenbus" to a group there',
      ],
    },
    {
      name: 'a navigation entry without its page',
      change: (files) =>
        edit(files, 'content/data/topics.json', '"topics": ["ec2"]', '"topics": ["ec2", "xenbus"]'),
      expected: (files) => [
        `content/data/topics.json:${place(files, 'content/data/topics.json', '"xenbus"')}: lists "xenbus", but content/topics/xenbus.mdx does not exist\n    fix: add the page or remove the slug`,
      ],
    },
    {
      name: 'a status box naming an unknown feature',
      change: (files) =>
        edit(files, TOPIC, 'features: [blkfront-indirect,', 'features: [blkfront-persistent-grants,'),
      expected: (files) => [
        `${TOPIC}:${place(files, TOPIC, 'blkfront-persistent-grants')}: unknown feature "blkfront-persistent-grants"\n    fix: use a feature id of content/data/support.json, or add the feature there`,
      ],
    },
    {
      name: 'a first release that does not exist',
      change: (files) => edit(files, RECORD, "firstRelease: '10.3'", "firstRelease: '10.5'"),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, "'10.5'")}: unknown release "10.5"\n    fix: add content/releases/10.5.md, or correct the version`,
      ],
    },
  ]);
});

describe('first releases that contradict merges and release notes', () => {
  run([
    {
      name: 'a head commit claiming a later first release than its stable merge',
      change: (files) => edit(files, RECORD, "firstRelease: '10.3'", "firstRelease: '11.0'"),
      expected: (files) => [
        `${RECORD}:${place(files, RECORD, "'11.0'")}: firstRelease "11.0", but its merge r287802 to stable/10 shipped in 10.3 (content/changes/base/r287802.md)\n    fix: the change first shipped in 10.3: set firstRelease: "10.3", and let the body say which release's notes list which commit`,
      ],
    },
    {
      name: 'a branch on a record that merges nothing',
      change: (files) => edit(files, 'content/changes/base/r287802.md', 'mergeOf: r286062\n', ''),
      expected: (files) => [
        `content/changes/base/r287802.md:${String(lineOf(files, 'content/changes/base/r287802.md', 'branch:'))}:9: a branch without mergeOf: only a merge record names the branch it went to\n    fix: add mergeOf with the commit it merges, or remove branch`,
      ],
    },
    {
      name: 'a merge of a commit without a record',
      change: (files) =>
        edit(files, 'content/changes/base/r287802.md', 'mergeOf: r286062', 'mergeOf: r286061'),
      expected: (files) => [
        `content/changes/base/r287802.md:${place(files, 'content/changes/base/r287802.md', 'r286061')}: mergeOf r286061: no record of that commit in base\n    fix: add a record for r286061 in content/changes/base/, or correct the reference`,
      ],
    },
    {
      name: 'release notes listing a commit before its first release',
      change: (files) =>
        edit(files, 'content/changes/base/r302288.md', "firstRelease: '11.0'", "firstRelease: '11.1'"),
      expected: (files) => [
        expect.stringMatching(
          new RegExp(
            `^content/changes/base/r302288\\.md:${place(files, 'content/changes/base/r302288.md', "'11.1'")}: firstRelease "11\\.1" is later than 11\\.0, whose notes list r302288 \\(content/releases/11\\.0\\.md:\\d+:\\d+\\)\\n    fix: set firstRelease to "11\\.0" or earlier$`,
          ),
        ),
      ],
    },
  ]);
});

describe('data files', () => {
  const SOURCES = 'content/data/sources.json';
  run([
    {
      name: 'invalid JSON names the file, line and column, not a backtrace',
      change: (files) => edit(files, 'content/data/charts.json', '"unit": "Gb/s",', '"unit": "Gb/s",,'),
      expected: (files) => [
        `content/data/charts.json:${place(files, 'content/data/charts.json', ',,').replace(/:(\d+)$/, (_, column: string) => `:${String(Number(column) + 1)}`)}: not valid JSON: Expected double-quoted property name\n    fix: fix the JSON syntax (no trailing commas, keys in double quotes)`,
      ],
    },
    {
      name: 'a bad value names the file, the JSON path and the line',
      change: (files) =>
        edit(
          files,
          SOURCES,
          '"url": "https://archive.fosdem.org/2016/schedule/event/freebsd_xen/"',
          '"url": "http://archive.fosdem.org/"',
        ),
      expected: (files) => [
        `${SOURCES}:${place(files, SOURCES, '"http://')}: talk.url: expected an https:// URL (found "http://archive.fosdem.org/")\n    fix: correct content/data/sources.json at talk.url (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a data file that is missing',
      change: (files) => files.delete('content/data/charts.json'),
      expected: [
        'content/data/charts.json: the file is missing\n    fix: restore it from the repository: the site needs it',
      ],
    },
    {
      name: 'a source cited nowhere',
      change: (files) =>
        edit(
          files,
          SOURCES,
          '"talk": {',
          '"unused": { "title": "Unused", "url": "https://github.com/x", "kind": "news" },\n  "talk": {',
        ),
      expected: (files) => [
        `${SOURCES}:${place(files, SOURCES, '"unused"')}: the source "unused" is cited nowhere\n    fix: cite it where it supports a fact, or remove it`,
      ],
    },
    {
      name: 'a support-matrix run without evidence',
      change: (files) =>
        edit(
          files,
          'content/data/support.json',
          /"evidence": \[\s*\{\s*"source": "status-report-2022q4",\s*"strength": "primary",\s*"says": "The 2022Q4 report says there are no plans for arm64 as the controlling domain."\s*\}\s*\]/,
          '"evidence": []',
        ),
      expected: [
        expect.stringMatching(
          /^content\/data\/support\.json:\d+:\d+: arm64-dom0: a "not-supported" run without evidence\n {4}fix: name the source that says so, or make the run "unknown"$/,
        ),
      ],
    },
  ]);
});

describe('tables that contradict themselves', () => {
  const GUEST = 'content/data/guest-support.json';
  const SUPPORT = 'content/data/support.json';
  const SPECTRUM = 'content/data/virtualization-spectrum.json';
  const real: Files = new Map(REAL.map((file) => [file.path, file.text]));
  const placeInReal = (path: string, needle: string): string => place(real, path, needle);
  /** Where the last `key` before `needle` is written: a missing value is placed at its parent's key. */
  const placeOfKeyBefore = (files: Files, path: string, needle: string, key: string): string => {
    const source = text(files, path);
    const at = source.lastIndexOf(key, source.indexOf(needle));
    const before = source.slice(0, at);
    return `${String(before.split('\n').length)}:${String(at - before.lastIndexOf('\n'))}`;
  };
  /** The JSON path of a feature's id in the real support matrix. */
  const featurePath = (id: string): string => {
    const { groups } = JSON.parse(text(real, SUPPORT)) as { groups: { features: { id: string }[] }[] };
    const g = groups.findIndex((group) => group.features.some((feature) => feature.id === id));
    const f = groups[g]?.features.findIndex((feature) => feature.id === id) ?? -1;
    return `groups.${String(g)}.features.${String(f)}.id`;
  };
  run([
    {
      name: 'a guest mode column left out',
      change: (files) =>
        edit(files, GUEST, /\{\s*"id": "hvm",\s*"label": "HVM"\s*\}/, '{ "id": "pv", "label": "PV again" }'),
      expected: (files) => [
        `${GUEST}:${place(files, GUEST, '"columns"')}: columns: column "pv" must appear exactly once in columns, found 2\n    fix: correct ${GUEST} at columns (CONTRIBUTING.md describes each data file)`,
        `${GUEST}:${place(files, GUEST, '"columns"')}: columns: column "hvm" must appear exactly once in columns, found 0\n    fix: correct ${GUEST} at columns (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a footnote mark without its note',
      change: (files) => edit(files, GUEST, /"mark": "\*",\s*"note": "[^"]*",/, '"mark": "*",'),
      expected: (files) => [
        `${GUEST}:${place(files, GUEST, '{\n      "id": "pvh"')}: columns.1: column "pvh" needs both a mark and a note, or neither\n    fix: correct ${GUEST} at columns.1 (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'two rows for one operating system',
      change: (files) => edit(files, GUEST, '"os": "Windows"', '"os": "Linux"'),
      expected: [
        `${GUEST}:${placeInReal(GUEST, '"Windows"')}: rows.1.os: "Linux" has two rows\n    fix: correct ${GUEST} at rows.1.os (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a support value that is neither yes nor no',
      change: (files) => edit(files, GUEST, '"pv": "no"', '"pv": "partly"'),
      expected: (files) => [
        `${GUEST}:${place(files, GUEST, '"partly"')}: rows.1.support.pv: support is "yes" or "no", got "partly"\n    fix: correct ${GUEST} at rows.1.support.pv (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a row missing a column',
      change: (files) =>
        edit(
          files,
          GUEST,
          /"pv": "no",\s*"pvh": "no",\s*"pvhvm": "no",\s*"hvm-pv-drivers": "yes"/,
          '"pv": "no", "pvhvm": "no", "hvm-pv-drivers": "yes"',
        ),
      expected: (files) => [
        `${GUEST}:${placeOfKeyBefore(files, GUEST, '"pv": "no", "pvhvm"', '"support"')}: rows.1.support.pvh: every row needs a value for every column: this one is missing; write "yes" or "no" (found nothing)\n    fix: correct ${GUEST} at rows.1.support.pvh (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a key given twice in one object of a data file',
      change: (files) => edit(files, GUEST, '"pv": "no",', '"pv": "yes", "pv": "no",'),
      expected: (files) => [
        `${GUEST}:${place(files, GUEST, '"pv": "no",').replace(/:(\d+)$/, (_, column: string) => `:${String(Number(column))}`)}: not valid JSON: a key is given twice in one object, and JSON keeps only the last\n    fix: keep one of the two: merge what they say, or rename the one that means something else`,
      ],
    },
    {
      name: 'a spectrum cell that is no technique',
      change: (files) =>
        edit(files, SPECTRUM, '"privileged-page-tables": "VH"', '"privileged-page-tables": "HV"'),
      expected: (files) => [
        `${SPECTRUM}:${place(files, SPECTRUM, '"HV"')}: rows.0.cells.privileged-page-tables: a cell is "VS", "VH" or "PV", or { "value": one of those, "note": "…" }; got "HV"\n    fix: correct ${SPECTRUM} at rows.0.cells.privileged-page-tables (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a spectrum cell with a note but no technique',
      change: (files) =>
        edit(
          files,
          SPECTRUM,
          '"privileged-page-tables": "VH"',
          '"privileged-page-tables": { "note": "shown in grey" }',
        ),
      expected: (files) => [
        `${SPECTRUM}:${placeOfKeyBefore(files, SPECTRUM, '{ "note"', '"privileged-page-tables"')}: rows.0.cells.privileged-page-tables: a cell is "VS", "VH" or "PV", or { "value": one of those, "note": "…" }; got {"note":"shown in grey"}\n    fix: correct ${SPECTRUM} at rows.0.cells.privileged-page-tables (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a spectrum row missing a column',
      change: (files) => edit(files, SPECTRUM, /,\s*"privileged-page-tables": "VH"/, ''),
      expected: (files) => [
        `${SPECTRUM}:${placeOfKeyBefore(files, SPECTRUM, '"motherboard": "VS"', '"cells"')}: rows.0.cells.privileged-page-tables: every row needs a value for every column: this one is missing; write "VS", "VH" or "PV" (found nothing)\n    fix: correct ${SPECTRUM} at rows.0.cells.privileged-page-tables (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'two spectrum rows for one mode',
      change: (files) => edit(files, SPECTRUM, '"mode": "HVM with PV drivers"', '"mode": "HVM"'),
      expected: [
        `${SPECTRUM}:${placeInReal(SPECTRUM, '"HVM with PV drivers"')}: rows.1.mode: "HVM" has two rows\n    fix: correct ${SPECTRUM} at rows.1.mode (CONTRIBUTING.md describes each data file)`,
      ],
    },
    {
      name: 'a spectrum column given twice',
      change: (files) => edit(files, SPECTRUM, '"id": "motherboard"', '"id": "disk-network"'),
      expected: (files) =>
        [
          'disk-network" must appear exactly once in columns, found 2',
          'motherboard" must appear exactly once in columns, found 0',
        ].map(
          (problem) =>
            `${SPECTRUM}:${place(files, SPECTRUM, '"columns"')}: columns: column "${problem}\n    fix: correct ${SPECTRUM} at columns (CONTRIBUTING.md describes each data file)`,
        ),
    },
    {
      name: 'an "unknown" run that neither cites nor explains',
      change: (files) =>
        edit(
          files,
          SUPPORT,
          /"status": "unknown",\s*"evidence": \[\s*\{\s*"source": "status-report-2014q3"[^}]*\}\s*\],\s*"note": "[^"]*"/,
          '"status": "unknown"',
        ),
      expected: (files) => [
        `${SUPPORT}:${placeOfKeyBefore(files, SUPPORT, '"status": "unknown"\n', '{')}: pv-guest-amd64: an "unknown" run that does not say why\n    fix: add a note on what the sources say and leave open`,
      ],
    },
    {
      name: 'a topic listed in two navigation groups',
      change: (files) =>
        edit(files, 'content/data/topics.json', '"topics": ["ec2"]', '"topics": ["ec2", "blkfront"]'),
      expected: (files) => [
        `content/data/topics.json:${place(files, 'content/data/topics.json', '"blkfront"]')}: lists "blkfront" twice\n    fix: keep the topic in one group`,
      ],
    },
    {
      name: 'a feature listed twice in the support matrix',
      change: (files) => edit(files, SUPPORT, '"id": "pvh-classic-guest"', '"id": "pvhvm-guest"'),
      // Topics naming the renamed feature are checked once the matrix itself is valid.
      expected: [
        `${SUPPORT}:${placeInReal(SUPPORT, '"pvh-classic-guest"')}: ${featurePath('pvh-classic-guest')}: feature "pvhvm-guest" appears twice\n    fix: correct ${SUPPORT} at ${featurePath('pvh-classic-guest')} (CONTRIBUTING.md describes each data file)`,
      ],
    },
  ]);
});

describe('ids written in the wrong form', () => {
  run([
    {
      name: 'a review given as its web address',
      change: (files) =>
        edit(
          files,
          'content/changes/base/r288917.md',
          'review: D3805',
          'review: https://reviews.freebsd.org/D3805',
        ),
      expected: (files) => [
        `content/changes/base/r288917.md:${place(files, 'content/changes/base/r288917.md', 'https://reviews')}: review: Invalid review id "https://reviews.freebsd.org/D3805": a Differential review is "D" followed by its number, for example D3805.\n    fix: give the Differential review id such as D3805, or leave the field out`,
      ],
    },
    {
      name: 'a review id without its D',
      change: (files) => edit(files, 'content/changes/base/r288917.md', 'review: D3805', 'review: 3805'),
      expected: (files) => [
        `content/changes/base/r288917.md:${place(files, 'content/changes/base/r288917.md', '3805')}: review: expected a Differential review id such as D3805 (found 3805)\n    fix: give the Differential review id such as D3805, or leave the field out`,
      ],
    },
  ]);
});

describe('front matter that is not YAML', () => {
  run([
    {
      name: 'a syntax error',
      change: (files) => edit(files, RECORD, 'topics: [blkfront, dom0]', 'topics: [blkfront, dom0'),
      // The YAML parser notices the unclosed list on the line after it.
      expected: (files) => [
        expect.stringMatching(
          new RegExp(
            `^${RECORD}:${String(lineOf(files, RECORD, 'topics:') + 1)}:1: front matter is not valid YAML: Flow sequence`,
          ),
        ),
      ],
    },
    {
      name: 'a key given twice',
      change: (files) => edit(files, RECORD, 'verified: true', 'verified: true\nverified: false'),
      expected: (files) => [
        `${RECORD}:${String(lineOf(files, RECORD, 'verified: false'))}:1: front matter is not valid YAML: Map keys must be unique\n    fix: start the file with a YAML block between two --- lines (see CONTRIBUTING.md)`,
      ],
    },
    {
      name: 'front matter that is a list, not fields',
      change: (files) => files.set(RECORD, '---\n- title\n- date\n---\nBody.\n'),
      expected: [
        `${RECORD}:1:1: top level: expected fields, each a name and its value (found a list of 2)\n    fix: see CONTRIBUTING.md for the fields of changes`,
      ],
    },
    {
      name: 'no front matter at all',
      change: (files) => files.set(RECORD, 'Just a body.\n'),
      expected: [
        `${RECORD}:1:1: front matter is not valid YAML: the file does not start with front matter\n    fix: start the file with a YAML block between two --- lines (see CONTRIBUTING.md)`,
      ],
    },
  ]);
});

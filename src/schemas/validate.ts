/**
 * Validates everything under content/ at once, from the files' text: paths,
 * front matter, JSON data, and how they refer to each other. Pure: the
 * caller reads the files (src/loaders/content-files.ts) and decides what to
 * do with the problems; every problem names its file, line and column, the
 * value, and the fix.
 */
import { z } from 'astro/zod';
import {
  ContentError,
  formatLocation,
  type ContentProblem,
  type SourceLocation,
} from '../lib/content-error.ts';
import { compareIsoDates } from '../lib/dates.ts';
import { readFrontmatter, readJson, type DataPath, type Located, type Position } from '../lib/frontmatter.ts';
import { RecordRegistry, type Registered } from '../lib/registry.ts';
import type { AdvisoryRef } from '../lib/references/advisory.ts';
import { findReferences, isRecordReference } from '../lib/references/find.ts';
import type { GitRef } from '../lib/references/git.ts';
import { refText } from '../lib/references/record-ref.ts';
import { SVN_LAST_DAY, type SvnRef } from '../lib/references/svn.ts';
import { compareReleases } from '../lib/releases.ts';
import { spanProblems } from '../lib/support-matrix.ts';
import { COMMIT_ROLES } from './change.ts';
import { DATA_FILES, RECORD_KINDS, type DataName, type Identity, type RecordCollection } from './kinds.ts';

export interface SourceText {
  /** Relative to the project root, with forward slashes: content/changes/base/r286062.md. */
  readonly path: string;
  readonly text: string;
}

type RefOf<C extends RecordCollection> = C extends 'changes'
  ? SvnRef | GitRef
  : C extends 'advisories'
    ? AdvisoryRef
    : undefined;

/** A validated Markdown or MDX file. */
export interface Entry<C extends RecordCollection> {
  readonly collection: C;
  /** The collection id: base/r286062, FreeBSD-SA-21-06.xen, 11.0, royger, pvh. */
  readonly id: string;
  readonly file: string;
  readonly ref: RefOf<C>;
  readonly data: z.output<(typeof RECORD_KINDS)[C]['schema']>;
  readonly body: string;
  /** Line of the body's first line in the file. */
  readonly bodyLine: number;
}

export type SiteData = { readonly [N in DataName]: z.output<(typeof DATA_FILES)[N]['schema']> };

export interface Content {
  readonly changes: readonly Entry<'changes'>[];
  readonly advisories: readonly Entry<'advisories'>[];
  readonly releases: readonly Entry<'releases'>[];
  readonly people: readonly Entry<'people'>[];
  readonly glossary: readonly Entry<'glossary'>[];
  readonly topics: readonly Entry<'topics'>[];
  readonly data: SiteData;
}

/** What a reference in prose can name: a change or an advisory. */
export type Referable = Entry<'changes'> | Entry<'advisories'>;

/** The title a record is known by in link titles and lists. */
export function titleOf(entry: Referable): string {
  return entry.collection === 'changes' ? entry.data.title : entry.data.topic;
}

export interface Validated {
  readonly content: Content;
  readonly registry: RecordRegistry<Referable & { title: string }>;
}

export interface ValidateOptions {
  /** Today, `YYYY-MM-DD`: no date may be later. */
  readonly today: string;
}

/** How to put a field right, by collection and top-level field. */
const HINTS: Readonly<Record<string, string>> = {
  'changes.title': 'set title to a short description of the change, in your own words',
  'changes.subject':
    "give the commit's subject line only where a source quotes it, otherwise leave the field out",
  'changes.date':
    'give the commit date as "YYYY-MM-DD" only where a source states it, otherwise leave the field out',
  'changes.firstRelease':
    'give the first release that shipped the change as a quoted version such as "11.0", or leave the field out',
  'changes.mergeOf': 'for a merge to a stable branch, name the commit it merges, such as r286062',
  'changes.branch': 'name the branch a merge went to, such as stable/10',
  'changes.topics': 'list topic slugs from content/data/topics.json, for example topics: [blkfront]',
  'changes.review': 'give the Differential review id such as D3805, or leave the field out',
  'changes.people':
    'list person ids (content/people/<id>.md) under author, committer, submitter or reviewers',
  'changes.sponsor': 'name the sponsor as the commit or release notes do, or leave the field out',
  'changes.sources': 'list source ids from content/data/sources.json (talk for the FOSDEM talk), each once',
  'changes.verified':
    'set verified: true only where a source besides the talk ties the commit to its content, else false',
  'changes.inTalk': 'set inTalk: true for commits the FOSDEM 2016 talk cites',
  'advisories.topic': "give the advisory's own topic line",
  'advisories.announced': 'give the "Announced" date of the advisory as "YYYY-MM-DD"',
  'advisories.releases':
    'list the releases whose notes or errata list the advisory, such as ["11.4", "12.2"]',
  'advisories.corrections': 'list { branch: stable/12, commit: r369341 } pairs as the advisory gives them',
  'releases.date': 'give the release date from the release announcement as "YYYY-MM-DD"',
  'releases.branch': 'name the branch the release was cut from, such as stable/11',
  'releases.notes': 'list { in: release notes | errata, text: … } for each Xen entry, in your own words',
  'people.name': "give the person's name as a source writes it",
  'people.freebsdAccount':
    'set freebsdAccount: true when the file name is a FreeBSD account name, else false',
  'glossary.term': 'give the term as readers meet it, such as "grant table"',
  'topics.description': 'describe the topic in one or two sentences, 40 to 200 characters',
};

function hint(collection: string, kind: { readonly schema: z.ZodType }, field: string | undefined): string {
  if (field === undefined) return `see CONTRIBUTING.md for the fields of ${collection}`;
  if (collection === 'changes' && (field === 'repository' || field === 'revision')) {
    return `remove ${field}: a change record's folder and file name say its repository and revision`;
  }
  return (
    HINTS[`${collection}.${field}`] ??
    (fieldsOf(kind.schema).includes(field)
      ? `see CONTRIBUTING.md for the field ${field}`
      : `remove the field ${field}: it is not one of ${fieldsOf(kind.schema).join(', ')}`)
  );
}

/**
 * What was found, in words, for the end of a message: a short value as written, a list by its
 * length, nothing for an object (its fields have their own problems), and nothing where the
 * message already names the value. A rule of our own (a custom issue) describes its list itself.
 */
function found(issue: { message: string; code?: string }, value: unknown): string {
  if (value === undefined) return ' (found nothing)';
  if (Array.isArray(value))
    return issue.code === 'custom' ? '' : ` (found a list of ${String(value.length)})`;
  if (value !== null && typeof value === 'object') return '';
  const written = JSON.stringify(value);
  const named = new RegExp(`(^|[^\\w])${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\w])`);
  if (named.test(issue.message)) return '';
  return ` (found ${written.length > 80 ? `${written.slice(0, 79)}…"` : written})`;
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** The fields a front-matter schema knows. */
function fieldsOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Problems from a zod error, each placed at the value it is about; an unknown field is placed at its key. */
function schemaProblems(
  file: string,
  located: Located,
  error: z.ZodError,
  fixFor: (path: DataPath) => string,
): ContentProblem[] {
  return error.issues.flatMap((issue) => {
    const path: DataPath = issue.path;
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        ...located.locate([...path, key]),
        message: `${[...path, key].map(String).join('.')}: not a field here${found({ message: '' }, valueAt(located.data, [...path, key]))}`,
        fix: fixFor([...path, key]),
      }));
    }
    // zod's own words for a list or text where fields belong ("Invalid input: expected object") become ours.
    const message =
      issue.code === 'invalid_type' && issue.expected === 'object'
        ? 'expected fields, each a name and its value'
        : issue.message;
    return {
      file,
      ...located.locate(path),
      message: `${path.map(String).join('.') || 'top level'}: ${message}${found(issue, valueAt(located.data, path))}`,
      fix: fixFor(path),
    };
  });
}

/** Offsets of line starts, to turn a position into an offset and back. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line += 1;
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}

/** Every string in parsed data, with its path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[DataPath, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/** A Markdown or MDX file read so far: its text and where each of its front-matter values is. */
interface ReadFile {
  readonly file: string;
  readonly text: string;
  readonly located: Located;
}

/** What reading one kind of content gives, besides its valid entries. */
interface Reading {
  readonly report: Report;
  readonly problems: ContentProblem[];
  /** Every Markdown or MDX file whose front matter parsed, valid or not. */
  readonly read: ReadFile[];
  /** Records whose front matter failed validation: known by their paths only. */
  readonly unparsed: { ref: Referable['ref']; id: string; file: string }[];
  /** Set when a file could not be validated: then nothing can be said to be used nowhere. */
  incomplete: boolean;
}

/** How a kind of Markdown or MDX content is read (src/schemas/kinds.ts). */
interface RecordKind<D, R> {
  readonly folder: string;
  readonly extension: string;
  readonly schema: z.ZodType<D>;
  readonly identify: (parts: readonly string[]) => Identity<R>;
}

/** Validates the files of one kind of Markdown or MDX content; the entries are typed by the kind. */
function readRecords<C extends RecordCollection, D, R>(
  collection: C,
  kind: RecordKind<D, R>,
  files: readonly SourceText[],
  reading: Reading,
): { collection: C; id: string; file: string; ref: R; data: D; body: string; bodyLine: number }[] {
  const { report, problems } = reading;
  const entries = [];
  for (const { path, text } of files) {
    const rest = path.slice(kind.folder.length + 1);
    if (!rest.endsWith(kind.extension)) {
      const lower = rest.toLowerCase().endsWith(kind.extension);
      report(
        { file: path },
        lower
          ? `the extension must be written in lower case (${kind.extension})`
          : `files in ${kind.folder}/ end in ${kind.extension}`,
        lower
          ? `rename it to ${(rest.split('/').pop() ?? rest).slice(0, -kind.extension.length)}${kind.extension}`
          : `rename it to end in ${kind.extension}, or move it out of ${kind.folder}/`,
      );
      continue;
    }
    const identity = kind.identify(rest.slice(0, -kind.extension.length).split('/'));
    if (!identity.ok) {
      report({ file: path }, identity.message, identity.fix);
      continue;
    }
    // Known by its path, a record whose front matter fails still answers references, so one bad
    // field does not cascade into every page that names it.
    const unparsed = (): void => {
      if (isReferable(identity.ref))
        reading.unparsed.push({ ref: identity.ref, id: identity.id, file: path });
      reading.incomplete = true;
    };
    const frontmatter = readFrontmatter(text);
    if (frontmatter.data === undefined || frontmatter.errors.length > 0) {
      const errors =
        frontmatter.errors.length > 0
          ? frontmatter.errors
          : [{ line: 1, column: 1, message: 'the file does not start with front matter' }];
      for (const error of errors)
        report(
          { file: path, line: error.line, column: error.column },
          `front matter is not valid YAML: ${error.message}`,
          'start the file with a YAML block between two --- lines (see CONTRIBUTING.md)',
        );
      unparsed();
      continue;
    }
    reading.read.push({ file: path, text, located: frontmatter });
    const result = kind.schema.safeParse(frontmatter.data);
    if (!result.success) {
      problems.push(
        ...schemaProblems(path, frontmatter, result.error, (at) =>
          hint(collection, kind, at[0] === undefined ? undefined : String(at[0])),
        ),
      );
      unparsed();
      continue;
    }
    entries.push({
      collection,
      id: identity.id,
      file: path,
      ref: identity.ref,
      data: result.data,
      body: frontmatter.body,
      bodyLine: frontmatter.bodyLine,
    });
  }
  return entries;
}

function isReferable(ref: unknown): ref is Referable['ref'] {
  return typeof ref === 'object' && ref !== null && 'kind' in ref;
}

/** Validates one JSON data file: its value, or undefined when it is missing or has problems. */
function readData<T>(
  spec: { readonly file: string; readonly schema: z.ZodType<T> },
  files: ReadonlyMap<string, string>,
  reading: Reading,
  located: Map<string, Located>,
): T | undefined {
  const { report, problems } = reading;
  const text = files.get(spec.file);
  if (text === undefined) {
    report({ file: spec.file }, 'the file is missing', 'restore it from the repository: the site needs it');
    return undefined;
  }
  const json = readJson(text);
  located.set(spec.file, json);
  if (json.errors.length > 0) {
    for (const error of json.errors)
      report(
        { file: spec.file, line: error.line, column: error.column },
        `not valid JSON: ${error.message}`,
        error.fix ?? 'fix the JSON syntax (no trailing commas, keys in double quotes)',
      );
    return undefined;
  }
  const result = spec.schema.safeParse(json.data);
  if (result.success) return result.data;
  problems.push(
    ...schemaProblems(
      spec.file,
      json,
      result.error,
      (at) =>
        `correct ${spec.file} at ${at.map(String).join('.') || 'the top level'} (CONTRIBUTING.md describes each data file)`,
    ),
  );
  return undefined;
}

/** Whether every data file was read and valid. */
function isComplete(data: { readonly [N in DataName]: SiteData[N] | undefined }): data is SiteData {
  return Object.values(data).every((value) => value !== undefined);
}

/**
 * Validates the whole content tree: the content and its registry of records,
 * or a ContentError listing every problem, sorted by file, line and column.
 */
export function validateContent(
  files: readonly SourceText[],
  { today }: ValidateOptions,
): Validated | ContentError {
  const problems: ContentProblem[] = [];
  const report: Report = (at, message, fix) => {
    problems.push({ ...at, message, fix });
  };
  const reading: Reading = { report, problems, read: [], unparsed: [], incomplete: false };

  // Two names that differ only in case are one file on some systems.
  const byLower = new Map<string, string>();
  for (const { path } of files) {
    const earlier = byLower.get(path.toLowerCase());
    if (earlier)
      report(
        { file: path },
        `its name differs from ${earlier} only in case`,
        `rename one of them: on macOS and Windows they are the same file`,
      );
    else byLower.set(path.toLowerCase(), path);
  }

  // Every file is a data file or sits in the folder of one kind of record.
  const dataFiles = new Set<string>(Object.values(DATA_FILES).map((spec) => spec.file));
  const folders = Object.values(RECORD_KINDS).map((kind) => `${kind.folder}/`);
  for (const { path } of files) {
    if (!dataFiles.has(path) && !folders.some((folder) => path.startsWith(folder)))
      report(
        { file: path },
        'this file is not one of the kinds of content the site reads',
        'move it where CONTRIBUTING.md says files of its kind go, or delete it',
      );
  }
  const inFolder = (folder: string): SourceText[] =>
    files.filter(({ path }) => path.startsWith(`${folder}/`));
  const records = <C extends RecordCollection, D, R>(collection: C, kind: RecordKind<D, R>) =>
    readRecords(collection, kind, inFolder(kind.folder), reading);

  const texts = new Map(files.map(({ path, text }) => [path, text]));
  const dataLocated = new Map<string, Located>();
  const data = {
    navigation: readData(DATA_FILES.navigation, texts, reading, dataLocated),
    sources: readData(DATA_FILES.sources, texts, reading, dataLocated),
    charts: readData(DATA_FILES.charts, texts, reading, dataLocated),
    guestSupport: readData(DATA_FILES.guestSupport, texts, reading, dataLocated),
    spectrum: readData(DATA_FILES.spectrum, texts, reading, dataLocated),
    support: readData(DATA_FILES.support, texts, reading, dataLocated),
  };
  const entries = {
    changes: records('changes', RECORD_KINDS.changes),
    advisories: records('advisories', RECORD_KINDS.advisories),
    releases: records('releases', RECORD_KINDS.releases),
    people: records('people', RECORD_KINDS.people),
    glossary: records('glossary', RECORD_KINDS.glossary),
    topics: records('topics', RECORD_KINDS.topics),
  };

  const referable: (Referable & { title: string })[] = [
    ...entries.changes.map((entry) => ({ ...entry, title: titleOf(entry) })),
    ...entries.advisories.map((entry) => ({ ...entry, title: titleOf(entry) })),
  ];
  const { registry } = RecordRegistry.build(referable);
  // References are checked against every record a path names, even one whose front matter failed.
  const { registry: known, problems: duplicates } = RecordRegistry.build<Registered>([
    ...referable,
    ...reading.unparsed.map((record) => ({ ...record, title: record.id })),
  ]);
  problems.push(...duplicates);

  const located = new Map(reading.read.map((item) => [item.file, item.located]));
  const at = (file: string, path: DataPath): SourceLocation => ({
    file,
    ...(located.get(file)?.locate(path) ?? dataLocated.get(file)?.locate(path) ?? {}),
  });

  checkReferencesInFields(
    [
      ...reading.read,
      // Source titles are the text of links to the sources themselves, as a reference inside a link is in prose.
      ...[...dataLocated]
        .filter(([file]) => file !== DATA_FILES.sources.file)
        .map(([file, json]) => ({ file, text: texts.get(file) ?? '', located: json })),
    ],
    known,
    problems,
  );
  if (isComplete(data)) {
    const content: Content = { ...entries, data };
    checkIntegrity(content, { complete: registry, known }, at, report, today, !reading.incomplete);
    if (problems.length === 0) return { content, registry };
  }
  return new ContentError(problems);
}

/**
 * Fields that hold ids, dates, URLs or other values rather than text: a
 * source id such as mirror-r286062 is a name, not a reference to r286062.
 */
const VALUE_FIELDS = new Set([
  'announced',
  'branch',
  'commit',
  'cve',
  'date',
  'firstRelease',
  'from',
  'id',
  'in',
  'kind',
  'mark',
  'mergeOf',
  'people',
  'related',
  'releaseNotesDate',
  'releases',
  'review',
  'source',
  'sources',
  'status',
  'strength',
  'topics',
  'until',
  'url',
  'xsa',
]);

/** References to records in any text of front matter or data files must resolve, exactly as in prose. */
function checkReferencesInFields(
  files: readonly { file: string; text: string; located: Located }[],
  registry: RecordRegistry<Registered>,
  problems: ContentProblem[],
): void {
  for (const item of files) {
    const { text } = item;
    const starts = lineStarts(text);
    for (const [path, value] of strings(item.located.data)) {
      if (path.some((key) => typeof key === 'string' && VALUE_FIELDS.has(key))) continue;
      const written = findReferences(value).filter(isRecordReference);
      if (written.length === 0) continue;
      const start = item.located.locate(path);
      let cursor = (starts[start.line - 1] ?? 0) + start.column - 1;
      for (const reference of written) {
        const offset = text.indexOf(reference.text, cursor);
        const position = offset === -1 ? start : positionAt(starts, offset);
        if (offset !== -1) cursor = offset + reference.text.length;
        const resolved = registry.resolve(reference, { file: item.file, ...position });
        if (!resolved.ok)
          problems.push({
            ...resolved.problem,
            message: `${path.map(String).join('.')}: ${resolved.problem.message}`,
          });
      }
    }
  }
}

type Report = (at: SourceLocation, message: string, fix: string) => void;

/** How the files refer to each other: every id resolves, every claim has what it needs. */
function checkIntegrity(
  content: Content,
  /** Every valid record, and every record a path names, valid or not. */
  {
    complete: registry,
    known,
  }: { complete: RecordRegistry<Referable & { title: string }>; known: RecordRegistry<Registered> },
  at: (file: string, path: DataPath) => SourceLocation,
  report: Report,
  today: string,
  /** Whether every record was read: only then can something be said to be used nowhere. */
  complete: boolean,
): void {
  const { navigation, sources, charts, guestSupport, support } = content.data;
  const navFile = DATA_FILES.navigation.file;

  // Topics: the navigation lists each topic file once, and nothing else.
  const topicIds = new Set(content.topics.map((topic) => topic.id));
  const listed = new Map<string, number>();
  navigation.groups.forEach((group, g) =>
    group.topics.forEach((slug, t) => {
      if (!topicIds.has(slug))
        report(
          at(navFile, ['groups', g, 'topics', t]),
          `lists "${slug}", but content/topics/${slug}.mdx does not exist`,
          'add the page or remove the slug',
        );
      if (listed.has(slug))
        report(
          at(navFile, ['groups', g, 'topics', t]),
          `lists "${slug}" twice`,
          'keep the topic in one group',
        );
      listed.set(slug, g);
    }),
  );
  for (const topic of content.topics) {
    if (!listed.has(topic.id))
      report(
        { file: topic.file, line: 1 },
        `the topic is not listed in ${navFile}`,
        `add "${topic.id}" to a group there`,
      );
  }
  const topicList = [...topicIds].join(', ');
  /** Each slug names a topic; `path` is where the list is, or the single slug when there is one. */
  const checkTopics = (file: string, slugs: readonly string[], path: DataPath = ['topics']): void =>
    slugs.forEach((slug, i) => {
      const where = slugs.length === 1 && path.at(-1) === 'topic' ? path : [...path, i];
      if (!topicIds.has(slug))
        report(
          at(file, where),
          `${where.map(String).join('.')}: unknown topic "${slug}"`,
          `use a topic listed in ${navFile}: ${topicList}`,
        );
    });
  for (const entry of [...content.changes, ...content.advisories, ...content.glossary])
    checkTopics(entry.file, entry.data.topics);
  for (const topic of content.topics) checkTopics(topic.file, topic.data.related, ['related']);
  guestSupport.columns.forEach((column, i) => {
    if (column.see)
      checkTopics(DATA_FILES.guestSupport.file, [column.see.topic], ['columns', i, 'see', 'topic']);
  });

  // The support matrix: every feature explained by a topic, every run over releases that exist.
  const supportFile = DATA_FILES.support.file;
  const releaseIds = new Set(content.releases.map((release) => release.id));
  support.groups.forEach((group, g) =>
    group.features.forEach((feature, f) => {
      const path = ['groups', g, 'features', f];
      checkTopics(supportFile, [feature.topic], [...path, 'topic']);
      for (const problem of spanProblems(feature.spans, releaseIds)) {
        report(
          at(supportFile, [...path, 'spans', problem.index]),
          `${feature.id}: ${problem.message}`,
          'give runs of releases that exist, oldest first, without overlaps',
        );
      }
      feature.spans.forEach((span, i) => {
        if (span.status !== 'unknown' && span.evidence.length === 0) {
          report(
            at(supportFile, [...path, 'spans', i]),
            `${feature.id}: a "${span.status}" run without evidence`,
            'name the source that says so, or make the run "unknown"',
          );
        }
        if (span.status === 'unknown' && span.evidence.length === 0 && span.note === undefined) {
          report(
            at(supportFile, [...path, 'spans', i]),
            `${feature.id}: an "unknown" run that does not say why`,
            'add a note on what the sources say and leave open',
          );
        }
      });
    }),
  );

  const featureIds = new Set(support.groups.flatMap((group) => group.features.map((feature) => feature.id)));
  for (const topic of content.topics) {
    topic.data.status.features.forEach((id, i) => {
      if (!featureIds.has(id))
        report(
          at(topic.file, ['status', 'features', i]),
          `unknown feature "${id}"`,
          `use a feature id of ${supportFile}, or add the feature there`,
        );
    });
  }

  // Sources: every id resolves.
  const checkSource = (file: string, path: DataPath, id: string): void => {
    if (!Object.hasOwn(sources, id))
      report(
        at(file, path),
        `unknown source "${id}"`,
        `add it to ${DATA_FILES.sources.file} or use one of its ids`,
      );
  };
  const entries = [
    ...content.changes,
    ...content.advisories,
    ...content.releases,
    ...content.people,
    ...content.glossary,
    ...content.topics,
  ];
  for (const entry of entries) {
    entry.data.sources.forEach((id, i) => checkSource(entry.file, ['sources', i], id));
  }
  for (const [id, chart] of Object.entries(charts))
    checkSource(DATA_FILES.charts.file, [id, 'source'], chart.source);
  checkSource(DATA_FILES.guestSupport.file, ['source'], guestSupport.source);
  checkSource(DATA_FILES.spectrum.file, ['source'], content.data.spectrum.source);
  support.groups.forEach((group, g) =>
    group.features.forEach((feature, f) =>
      feature.spans.forEach((span, i) =>
        span.evidence.forEach((evidence, e) =>
          checkSource(
            supportFile,
            ['groups', g, 'features', f, 'spans', i, 'evidence', e, 'source'],
            evidence.source,
          ),
        ),
      ),
    ),
  );
  const cited = new Set([
    ...entries.flatMap((entry) => entry.data.sources),
    ...Object.values(charts).map((chart) => chart.source),
    guestSupport.source,
    content.data.spectrum.source,
    ...support.groups.flatMap((group) =>
      group.features.flatMap((feature) =>
        feature.spans.flatMap((span) => span.evidence.map((evidence) => evidence.source)),
      ),
    ),
  ]);
  for (const id of complete ? Object.keys(sources) : []) {
    if (!cited.has(id))
      report(
        at(DATA_FILES.sources.file, [id]),
        `the source "${id}" is cited nowhere`,
        'cite it where it supports a fact, or remove it',
      );
  }

  // People: every role names a person; every person is named somewhere.
  const people = new Set(content.people.map((person) => person.id));
  const named = new Set<string>();
  for (const change of content.changes) {
    for (const role of COMMIT_ROLES) {
      (change.data.people?.[role] ?? []).forEach((id, i) => {
        named.add(id);
        if (!people.has(id))
          report(
            at(change.file, ['people', role, i]),
            `unknown person "${id}"`,
            `add content/people/${id}.md with the person's name and a source, or use an existing id`,
          );
      });
    }
  }
  for (const person of complete ? content.people : []) {
    if (!named.has(person.id))
      report(
        { file: person.file, line: 1 },
        `no change record names ${person.id}`,
        'name the person in a record (people: …), or delete the file',
      );
  }

  // Releases: every release named exists; release notes agree with first releases.
  const releases = new Set(content.releases.map((release) => release.id));
  const checkRelease = (file: string, path: DataPath, version: string): void => {
    if (!releases.has(version))
      report(
        at(file, path),
        `unknown release "${version}"`,
        `add content/releases/${version}.md, or correct the version`,
      );
  };
  for (const change of content.changes)
    if (change.data.firstRelease) checkRelease(change.file, ['firstRelease'], change.data.firstRelease);
  for (const advisory of content.advisories)
    advisory.data.releases.forEach((version, i) => checkRelease(advisory.file, ['releases', i], version));
  for (const release of content.releases) {
    release.data.notes.forEach((note, i) => {
      for (const reference of findReferences(note.text).filter(isRecordReference)) {
        const found = registry.lookup(reference);
        if (!found.ok || found.record.collection !== 'changes') continue;
        const first = found.record.data.firstRelease;
        if (first !== undefined && !releases.has(first)) continue;
        if (first === undefined) {
          report(
            at(found.record.file, ['title']),
            `the ${release.id} release notes list ${reference.text}, but the record gives no firstRelease`,
            `set firstRelease to "${release.id}" or the earlier release that first shipped it`,
          );
        } else if (compareReleases(first, release.id) > 0) {
          report(
            at(found.record.file, ['firstRelease']),
            `firstRelease "${first}" is later than ${release.id}, whose notes list ${reference.text} (${formatLocation(at(release.file, ['notes', i, 'text']))})`,
            `set firstRelease to "${release.id}" or earlier`,
          );
        }
      }
    });
  }

  // Changes: claims that need support.
  for (const change of content.changes) {
    const { data, file, ref } = change;
    if (data.verified && data.sources.every((id) => id === 'talk')) {
      report(
        at(file, ['verified']),
        'verified: true, but the talk is the only source',
        'add the source that ties the commit to its content, or set verified: false',
      );
    }
    if (data.date !== undefined) {
      if (compareIsoDates(data.date, today) > 0)
        report(
          at(file, ['date']),
          `date ${data.date} is in the future`,
          'give the commit date a source states',
        );
      if (ref.kind === 'svn' && compareIsoDates(data.date, SVN_LAST_DAY[ref.repository]) > 0) {
        report(
          at(file, ['date']),
          `date ${data.date} is after ${ref.repository} left Subversion (${SVN_LAST_DAY[ref.repository]}): ${refText(ref)} cannot be that late`,
          'check the date, or whether this is a git commit',
        );
      }
    }
    if (data.branch !== undefined && data.mergeOf === undefined) {
      report(
        at(file, ['branch']),
        'a branch without mergeOf: only a merge record names the branch it went to',
        'add mergeOf with the commit it merges, or remove branch',
      );
    }
    if (data.mergeOf !== undefined) {
      const written = { ...data.mergeOf, start: 0, end: data.mergeOf.text.length };
      const found = registry.lookup(written);
      if (!found.ok && known.lookup(written).ok) {
        // The merged record is there but invalid: its own problems are reported.
      } else if (
        !found.ok ||
        found.record.collection !== 'changes' ||
        found.record.ref.repository !== ref.repository
      ) {
        report(
          at(file, ['mergeOf']),
          `mergeOf ${data.mergeOf.text}: no record of that commit in ${ref.repository}`,
          `add a record for ${data.mergeOf.text} in content/changes/${ref.repository}/, or correct the reference`,
        );
      } else {
        const head = found.record.data.firstRelease;
        const merged = data.firstRelease;
        if (
          head !== undefined &&
          merged !== undefined &&
          releases.has(head) &&
          releases.has(merged) &&
          compareReleases(merged, head) < 0
        ) {
          report(
            at(found.record.file, ['firstRelease']),
            `firstRelease "${head}", but its merge ${refText(ref)} to ${data.branch ?? 'a stable branch'} shipped in ${merged} (${file})`,
            `the change first shipped in ${merged}: set firstRelease: "${merged}", and let the body say which release's notes list which commit`,
          );
        }
      }
    }
  }
  for (const advisory of content.advisories) {
    for (const field of ['announced', 'releaseNotesDate'] as const) {
      const date = advisory.data[field];
      if (date !== undefined && compareIsoDates(date, today) > 0)
        report(
          at(advisory.file, [field]),
          `${field} ${date} is in the future`,
          'give the date the advisory or release documents state',
        );
    }
  }
  for (const release of content.releases) {
    if (compareIsoDates(release.data.date, today) > 0)
      report(
        at(release.file, ['date']),
        `date ${release.data.date} is in the future`,
        'give the date of the release announcement',
      );
  }

  // Glossary: one entry per term, whatever the case or the file.
  const terms = new Map<string, string>();
  for (const entry of content.glossary) {
    [entry.data.term, ...entry.data.aka].forEach((name, i) => {
      const key = name.toLocaleLowerCase('en');
      const earlier = terms.get(key);
      if (earlier && earlier !== entry.file) {
        report(
          at(entry.file, i === 0 ? ['term'] : ['aka', i - 1]),
          `the term "${name}" is also defined by ${earlier}`,
          'define each term once: merge the entries, or keep the name in one of them',
        );
      }
      terms.set(key, entry.file);
    });
  }
}

/**
 * Validates everything under content/ at once, from the files' text: paths,
 * front matter, JSON data, and how they refer to each other. Pure: the
 * caller reads the files (src/loaders/content-files.ts) and decides what to
 * do with the problems; every problem names its file, line and column, the
 * value, and the fix.
 */
import { z } from 'astro/zod';
import { ContentError, type ContentProblem, type SourceLocation } from '../lib/content-error.ts';
import { readFrontmatter, readJson, type DataPath, type Located } from '../lib/frontmatter.ts';
import { RecordRegistry, type Registered } from '../lib/registry.ts';
import {
  COLLECTIONS,
  DATA_NAMES,
  titleOf,
  type Content,
  type Entry,
  type KnownIds,
  type Referable,
  type SiteData,
  type SourceText,
} from './content.ts';
import { DATA_FILES, RECORD_KINDS, type DataName, type Identity, type RecordCollection } from './kinds.ts';
import { RULES } from './rules/index.ts';
import type { FieldsInput, FieldsOf, RuleInput } from './rules/rule.ts';

export type { Content, Entry, Referable, SiteData, SourceText } from './content.ts';
export { titleOf } from './content.ts';

export interface Validated {
  readonly content: Content;
  readonly registry: RecordRegistry<Referable & { title: string }>;
}

export interface ValidateOptions {
  /** Today, `YYYY-MM-DD`: no date may be later. */
  readonly today: string;
}

function hint(collection: string, kind: RecordKind<unknown, unknown>, field: string | undefined): string {
  if (field === undefined) return `see CONTRIBUTING.md for the fields of ${collection}`;
  const known = fieldsOf(kind.schema);
  return (
    kind.hints?.[field] ??
    (known.includes(field)
      ? `see CONTRIBUTING.md for the field ${field}`
      : `remove the field ${field}: it is not one of ${known.join(', ')}`)
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

/** Names a byte order mark as such, which would otherwise read as a file without front matter or JSON. */
function startsWithBom(file: string, text: string, report: Report): boolean {
  if (!text.startsWith('\uFEFF')) return false;
  report(
    { file, line: 1, column: 1 },
    'the file starts with a byte order mark (U+FEFF)',
    'save the file as UTF-8 without a byte order mark',
  );
  return true;
}

/** The fields a front-matter schema knows. */
function fieldsOf(schema: z.core.$ZodType): string[] {
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in);
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

/** What reading one kind of content gives, besides its valid entries. */
interface Reading {
  readonly report: Report;
  readonly problems: ContentProblem[];
  /** Every Markdown or MDX file whose front matter parsed, valid or not. */
  readonly read: FieldsOf[];
  /** The id of every file whose path names an entry, valid or not, by collection. */
  readonly known: Map<RecordCollection, Set<string>>;
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
  readonly hints?: Readonly<Record<string, string>>;
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
    // Known by its path, an item whose front matter fails is still there for every rule that
    // names it, so one bad field is one error, not one more per file that names the item.
    reading.known.get(collection)?.add(identity.id);
    const unparsed = (): void => {
      if (isReferable(identity.ref))
        reading.unparsed.push({ ref: identity.ref, id: identity.id, file: path });
      reading.incomplete = true;
    };
    if (startsWithBom(path, text, report)) {
      unparsed();
      continue;
    }
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
  if (startsWithBom(spec.file, text, report)) return undefined;
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

type Report = (at: SourceLocation, message: string, fix: string) => void;

/** Whether every data file was read and valid. */
function isComplete(data: { readonly [N in DataName]: SiteData[N] | undefined }): data is SiteData {
  return Object.values(data).every((value) => value !== undefined);
}

/** Builds an object with one value per key, typed by key (Object.fromEntries loses the types). */
function byKey<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

/** Content read and checked file by file, ready for the rules across files. */
export interface Prepared {
  /** Every problem of a path, a file's syntax or a field. */
  readonly problems: readonly ContentProblem[];
  readonly fields: FieldsInput;
  /** What the rules read; undefined while a data file is missing or invalid. */
  readonly input: RuleInput | undefined;
}

/**
 * Reads every file of every kind of src/schemas/kinds.ts: paths, syntax and
 * fields. The rules across files (rules/) run on what it gives.
 */
export function prepareContent(files: readonly SourceText[], { today }: ValidateOptions): Prepared {
  const problems: ContentProblem[] = [];
  const report: Report = (at, message, fix) => {
    problems.push({ ...at, message, fix });
  };
  const reading: Reading = {
    report,
    problems,
    read: [],
    known: new Map(COLLECTIONS.map((collection) => [collection, new Set<string>()])),
    unparsed: [],
    incomplete: false,
  };

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

  const texts = new Map(files.map(({ path, text }) => [path, text]));
  const dataLocated = new Map<string, Located>();
  const data = byKey(DATA_NAMES, (name): SiteData[DataName] | undefined =>
    readData<SiteData[DataName]>(DATA_FILES[name], texts, reading, dataLocated),
  ) as { [N in DataName]: SiteData[N] | undefined };
  const entries = byKey(COLLECTIONS, (collection) => {
    // Each kind's schema types its own entries: the typed object is the sum of the kinds.
    const kind: RecordKind<unknown, unknown> = RECORD_KINDS[collection];
    return readRecords(collection, kind, inFolder(kind.folder), reading);
  }) as unknown as { [C in RecordCollection]: Entry<C>[] };

  const referable: (Referable & { title: string })[] = COLLECTIONS.flatMap((collection) =>
    (entries[collection] as readonly Entry<RecordCollection>[])
      .filter((entry): entry is Referable => isReferable(entry.ref))
      .map((entry) => ({ ...entry, title: titleOf(entry) })),
  );
  const { registry } = RecordRegistry.build(referable);
  // References are checked against every record a path names, even one whose front matter failed.
  const { registry: knownRecords, problems: duplicates } = RecordRegistry.build<Registered>([
    ...referable,
    ...reading.unparsed.map((record) => ({ ...record, title: record.id })),
  ]);
  problems.push(...duplicates);

  const located = new Map(reading.read.map((item) => [item.file, item.located]));
  const at = (file: string, path: DataPath): SourceLocation => ({
    file,
    ...(located.get(file)?.locate(path) ?? dataLocated.get(file)?.locate(path) ?? {}),
  });
  const fields: FieldsOf[] = [
    ...reading.read,
    ...[...dataLocated].map(([file, json]) => ({ file, text: texts.get(file) ?? '', located: json })),
  ];
  const known = byKey(
    COLLECTIONS,
    (collection): ReadonlySet<string> => reading.known.get(collection) ?? new Set(),
  );
  const content: Content | undefined = isComplete(data) ? { ...entries, data } : undefined;
  const fieldsInput: FieldsInput = { fields, knownRecords };
  return {
    problems,
    fields: fieldsInput,
    input: content && {
      ...fieldsInput,
      content,
      known: known as KnownIds,
      registry,
      at,
      today,
      complete: !reading.incomplete,
    },
  };
}

/**
 * Validates the whole content tree: the content and its registry of records,
 * or a ContentError listing every problem, sorted by file, line and column.
 * Every kind of src/schemas/kinds.ts is read, and every rule of rules/ runs.
 */
export function validateContent(
  files: readonly SourceText[],
  options: ValidateOptions,
): Validated | ContentError {
  const { problems, fields, input } = prepareContent(files, options);
  const found = [
    ...problems,
    ...RULES.flatMap((rule) => (rule.fieldsOnly ? rule.check(fields) : input ? rule.check(input) : [])),
  ];
  if (input && found.length === 0) return { content: input.content, registry: input.registry };
  return new ContentError(found);
}

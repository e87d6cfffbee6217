/**
 * The shape of validated content, derived from the kinds of src/schemas/kinds.ts:
 * a kind registered there is a collection here, with no second list to keep.
 */
import type { z } from 'astro/zod';
import type { AdvisoryRef } from '../lib/references/advisory.ts';
import type { GitRef } from '../lib/references/git.ts';
import type { SvnRef } from '../lib/references/svn.ts';
import { DATA_FILES, RECORD_KINDS, type DataName, type RecordCollection } from './kinds.ts';

export interface SourceText {
  /** Relative to the project root, with forward slashes: content/changes/base/r286062.md. */
  readonly path: string;
  readonly text: string;
}

/** What a kind's path names: a record reference, or nothing for kinds prose cannot refer to. */
export type RefOf<C extends RecordCollection> = Extract<
  ReturnType<(typeof RECORD_KINDS)[C]['identify']>,
  { ok: true }
>['ref'];

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

/** Every valid entry of every kind, by collection, and the data files. */
export type Content = { readonly [C in RecordCollection]: readonly Entry<C>[] } & { readonly data: SiteData };

/** The ids of every file whose path names an entry of a kind, valid or not. */
export type KnownIds = Readonly<Record<RecordCollection, ReadonlySet<string>>>;

/** The kinds a reference in prose can name: those whose path gives a record reference. */
export type Referable = {
  [C in RecordCollection]: RefOf<C> extends SvnRef | GitRef | AdvisoryRef ? Entry<C> : never;
}[RecordCollection];

/** The collection names, in the registry's order. */
export const COLLECTIONS = Object.keys(RECORD_KINDS) as RecordCollection[];

/** The data file names, in the registry's order. */
export const DATA_NAMES = Object.keys(DATA_FILES) as DataName[];

/** Every valid entry of every kind. */
export function allEntries(content: Content): Entry<RecordCollection>[] {
  return COLLECTIONS.flatMap((collection): readonly Entry<RecordCollection>[] => content[collection]);
}

/** The title a record is known by in link titles and lists, from its kind's `title`. */
export function titleOf(entry: Referable): string {
  const kind: { readonly title?: (data: never) => string } = RECORD_KINDS[entry.collection];
  const title = kind.title as ((data: unknown) => string) | undefined;
  return title ? title(entry.data) : entry.id;
}

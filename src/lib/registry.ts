import type { ContentProblem, SourceLocation } from './content-error.ts';
import { advisorySlug } from './references/advisory.ts';
import type { WrittenRecordRef } from './references/find.ts';
import { HASH_MIN, hashMatches } from './references/git.ts';
import { refKey, refText, type RecordRef } from './references/record-ref.ts';
import { formatRevision } from './references/svn.ts';

/** What the registry needs to know of a record. */
export interface Registered {
  readonly ref: RecordRef;
  readonly title: string;
  /** The record's file, relative to the project root. */
  readonly file: string;
}

/** The outcome of looking up a written reference: the record, or what is wrong and how to fix it. */
export type Lookup<T> = { ok: true; record: T } | { ok: false; message: string; fix: string };

/** The file that would record a reference, for "add …" hints. */
export function recordFileFor(written: WrittenRecordRef): string {
  switch (written.kind) {
    case 'svn':
      return `content/changes/base/${formatRevision(written.revision)}.md (or content/changes/ports/… for a ports commit)`;
    case 'git':
      return `content/changes/src/${written.hash.slice(0, 12)}.md (or content/changes/ports/… or doc/… for those repositories)`;
    case 'advisory':
      return `content/advisories/${advisorySlug(written.id)}.md`;
  }
}

/**
 * Every record a reference in prose can name, keyed by kind, repository and
 * identifier. The one lookup the prose transform, components and pages use.
 */
export class RecordRegistry<T extends Registered> {
  readonly #byKey = new Map<string, T>();
  /** Records by what prose can write of them: `svn:<number>`, `git:<first 7 digits>`, `advisory:<id>`. */
  readonly #byWritten = new Map<string, T[]>();

  private constructor(records: readonly T[]) {
    for (const record of records) {
      this.#byKey.set(refKey(record.ref), record);
      const key = writtenKey(record.ref);
      this.#byWritten.set(key, [...(this.#byWritten.get(key) ?? []), record]);
    }
  }

  /** Builds the registry, reporting every pair of records for the same thing. */
  static build<T extends Registered>(
    records: readonly T[],
  ): { registry: RecordRegistry<T>; problems: ContentProblem[] } {
    const first = new Map<string, T>();
    /** Git records by repository and first 7 digits: two abbreviations of one commit meet here. */
    const commits = new Map<string, T[]>();
    const problems: ContentProblem[] = [];
    for (const record of records) {
      const { ref } = record;
      const prefix = ref.kind === 'git' ? `${ref.repository}:${ref.hash.slice(0, HASH_MIN)}` : undefined;
      const sameCommit = (other: T): boolean =>
        other.ref.kind === 'git' && ref.kind === 'git' && hashMatches(other.ref.hash, ref.hash);
      const earlier =
        first.get(refKey(ref)) ?? (prefix === undefined ? undefined : commits.get(prefix)?.find(sameCommit));
      if (earlier) {
        problems.push({
          file: record.file,
          message: `duplicate record: ${refText(ref)} is already recorded by ${earlier.file}`,
          fix: `keep one record for it: merge the two files and delete ${record.file}`,
        });
        continue;
      }
      first.set(refKey(ref), record);
      if (prefix !== undefined) commits.set(prefix, [...(commits.get(prefix) ?? []), record]);
    }
    return { registry: new RecordRegistry([...first.values()]), problems };
  }

  get size(): number {
    return this.#byKey.size;
  }

  all(): T[] {
    return [...this.#byKey.values()];
  }

  get(ref: RecordRef): T | undefined {
    return this.#byKey.get(refKey(ref));
  }

  /**
   * The record a reference written in prose stands for. A bare `r<number>`
   * may be in any Subversion repository and a hash in any git repository, so
   * a reference that two records match is ambiguous.
   */
  lookup(written: WrittenRecordRef): Lookup<T> {
    const candidates = this.#byWritten.get(writtenKey(written)) ?? [];
    const matches = candidates.filter(
      ({ ref }) => ref.kind !== 'git' || written.kind !== 'git' || hashMatches(ref.hash, written.hash),
    );
    const [only] = matches;
    if (only && matches.length === 1) return { ok: true, record: only };
    if (matches.length === 0) {
      return {
        ok: false,
        message: `${written.text} has no record`,
        fix: `add ${recordFileFor(written)} with its facts and sources, or write it as inline code if it is not a reference`,
      };
    }
    const where = matches.map((match) => match.file).join(' and ');
    const component = written.kind === 'git' ? 'Commit' : 'Rev';
    const attribute =
      written.kind === 'git'
        ? `hash="${written.hash}"`
        : `n={${written.kind === 'svn' ? String(written.revision) : ''}}`;
    return {
      ok: false,
      message: `${written.text} matches more than one record (${where})`,
      fix: `name the repository with the component, for example <${component} ${attribute} repo="…" />`,
    };
  }

  /** As lookup(), with a failure placed where the reference was written. */
  resolve(
    written: WrittenRecordRef,
    at: SourceLocation,
  ): { ok: true; record: T } | { ok: false; problem: ContentProblem } {
    const found = this.lookup(written);
    return found.ok ? found : { ok: false, problem: { ...at, message: found.message, fix: found.fix } };
  }
}

/** The part of a reference prose writes that every match shares: a hash is indexed by its first 7 digits. */
function writtenKey(ref: RecordRef | WrittenRecordRef): string {
  switch (ref.kind) {
    case 'svn':
      return `svn:${String(ref.revision)}`;
    case 'git':
      return `git:${ref.hash.slice(0, HASH_MIN)}`;
    case 'advisory':
      return `advisory:${ref.id}`;
  }
}

import type { ContentProblem } from './content-error.ts';
import { formatRevision, revisionKey, type RevisionId, type RevisionNumber } from './revision.ts';

/** What the registry needs to know of a change record. */
export interface RegisteredChange extends RevisionId {
  readonly title: string;
  /** The record's file, relative to the project root. */
  readonly file: string;
}

/** Where a reference was written, for error messages. */
export interface ReferenceSite {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

export type Resolution<T> = { ok: true; change: T } | { ok: false; problem: ContentProblem };

/** A failed lookup: what is wrong and how to fix it, before it is placed in a file. */
export type Lookup<T> = { ok: true; change: T } | { ok: false; message: string; fix: string };

/** Every change record, keyed by repository and revision number. */
export class RevisionRegistry<T extends RegisteredChange> {
  readonly #byKey = new Map<string, T>();
  readonly #byNumber = new Map<number, T[]>();

  private constructor(changes: readonly T[]) {
    for (const change of changes) {
      this.#byKey.set(revisionKey(change), change);
      const same = this.#byNumber.get(change.revision) ?? [];
      same.push(change);
      this.#byNumber.set(change.revision, same);
    }
  }

  /** Builds the registry, reporting every pair of records for the same revision. */
  static build<T extends RegisteredChange>(
    changes: readonly T[],
  ): { registry: RevisionRegistry<T>; problems: ContentProblem[] } {
    const first = new Map<string, T>();
    const unique: T[] = [];
    const problems: ContentProblem[] = [];
    for (const change of changes) {
      const key = revisionKey(change);
      const earlier = first.get(key);
      if (earlier) {
        problems.push({
          file: change.file,
          message: `duplicate record: ${formatRevision(change.revision)} in ${change.repository} is already recorded by ${earlier.file}`,
          fix: `keep one record per revision: merge the two files and delete ${change.file}`,
        });
        continue;
      }
      first.set(key, change);
      unique.push(change);
    }
    return { registry: new RevisionRegistry(unique), problems };
  }

  get size(): number {
    return this.#byKey.size;
  }

  all(): T[] {
    return [...this.#byKey.values()];
  }

  get(id: RevisionId): T | undefined {
    return this.#byKey.get(revisionKey(id));
  }

  /**
   * The record a bare `r<number>` in prose stands for. Each repository numbers
   * its own revisions, so a number recorded in two repositories is ambiguous.
   */
  lookup(revision: RevisionNumber): Lookup<T> {
    const matches = this.#byNumber.get(revision) ?? [];
    const written = formatRevision(revision);
    const [only] = matches;
    if (matches.length === 1 && only) return { ok: true, change: only };
    if (matches.length === 0) {
      return {
        ok: false,
        message: `${written} has no change record`,
        fix: `add content/changes/base/${written}.md (or content/changes/ports/${written}.md for a ports commit) with its facts and sources, or write it as inline code if it is not a revision`,
      };
    }
    return {
      ok: false,
      message: `${written} is recorded in more than one repository (${matches.map((m) => m.repository).join(', ')})`,
      fix: `name the repository with the component, for example <Rev n={${String(revision)}} repo="${matches[0]?.repository ?? 'base'}" />`,
    };
  }

  /** As lookup(), with a failure placed where the reference was written. */
  resolve(revision: RevisionNumber, site: ReferenceSite): Resolution<T> {
    const found = this.lookup(revision);
    return found.ok ? found : { ok: false, problem: { ...site, message: found.message, fix: found.fix } };
  }
}

/**
 * The shape of a rule across files: what it is given, and what it gives back.
 * Each rule is a module of its own in this folder, listed in index.ts; every
 * rule runs, and every problem of every rule is reported at once.
 */
import type { ContentProblem, SourceLocation } from '../../lib/content-error.ts';
import type { DataPath, Located } from '../../lib/frontmatter.ts';
import type { RecordRegistry, Registered } from '../../lib/registry.ts';
import type { Content, KnownIds, Referable } from '../content.ts';

/** A file whose fields were read, valid or not, with where each value sits. */
export interface FieldsOf {
  readonly file: string;
  readonly text: string;
  readonly located: Located;
}

/** What a rule over the text of fields reads: it runs even when a data file is invalid. */
export interface FieldsInput {
  /** Every Markdown, MDX and data file whose fields were read, valid or not. */
  readonly fields: readonly FieldsOf[];
  /** Every record a path names, valid or not. */
  readonly knownRecords: RecordRegistry<Registered>;
}

/** What a rule over the content reads: it runs once every data file is valid. */
export interface RuleInput extends FieldsInput {
  /** Every valid entry and the valid data files. */
  readonly content: Content;
  /** Every entry a path names, valid or not: a bad field keeps its item known, so it is one error. */
  readonly known: KnownIds;
  /** Every valid record prose can refer to. */
  readonly registry: RecordRegistry<Referable & { title: string }>;
  /** Where a value of a file is: its line and column. */
  readonly at: (file: string, path: DataPath) => SourceLocation;
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /** Whether every file was valid: only then can something be said to be used nowhere. */
  readonly complete: boolean;
}

/** One rule across files: its name (the module's) and its check, which returns every problem it finds. */
export type Rule =
  | {
      readonly name: string;
      readonly fieldsOnly: true;
      readonly check: (input: FieldsInput) => ContentProblem[];
    }
  | {
      readonly name: string;
      readonly fieldsOnly?: false;
      readonly check: (input: RuleInput) => ContentProblem[];
    };

/** A problem at a location. */
export function problem(at: SourceLocation, message: string, fix: string): ContentProblem {
  return { ...at, message, fix };
}

/** Where something was written: a file of the project, and a line and column where known. */
export interface SourceLocation {
  /** Path relative to the project root, such as content/changes/base/r284296.md. */
  readonly file: string;
  /** 1-based line. */
  readonly line?: number | undefined;
  /** 1-based column. */
  readonly column?: number | undefined;
}

/** One thing wrong with authored content or configuration, located as precisely as known. */
export interface ContentProblem extends SourceLocation {
  /** What is wrong, naming the offending value. */
  readonly message: string;
  /** How an author puts it right. */
  readonly fix: string;
}

/** `file:line:column`, as far as each is known. */
export function formatLocation({ file, line, column }: SourceLocation): string {
  return [file, line, line === undefined ? undefined : column].filter((part) => part !== undefined).join(':');
}

/** `file:line:column: problem` and the fix on the next line: the one shape of every content error. */
export function formatProblem(problem: ContentProblem): string {
  return `${formatLocation(problem)}: ${problem.message}\n    fix: ${problem.fix}`;
}

/**
 * Stops the build, listing every problem found rather than only the first.
 * `loc` places the first problem for Astro's and Vite's error overlays.
 */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly ContentProblem[];
  readonly loc: { file: string; line: number | undefined; column: number | undefined } | undefined;

  constructor(unsorted: readonly ContentProblem[]) {
    const problems = [...unsorted].sort(
      (a, b) =>
        a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
    );
    const count = problems.length === 1 ? '1 problem' : `${String(problems.length)} problems`;
    super(`Content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.problems = problems;
    const [first] = problems;
    // Only a located problem gives the overlays a place to point at.
    this.loc =
      first?.line === undefined ? undefined : { file: first.file, line: first.line, column: first.column };
  }
}

/** Throws a ContentError when there is anything to report. */
export function assertNoProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

/**
 * Whether something thrown is a content error. Astro loads the Markdown
 * transform and the loaders in separate module graphs, each with its own
 * copy of this class, so `instanceof` cannot tell; the name and the problem
 * list can.
 */
export function isContentError(error: unknown): error is ContentError {
  return (
    error instanceof Error &&
    error.name === 'ContentError' &&
    'problems' in error &&
    Array.isArray(error.problems)
  );
}

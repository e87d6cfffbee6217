/** One thing wrong with authored content, located as precisely as known. */
export interface ContentProblem {
  /** Path relative to the project root, such as content/changes/base/r284296.md. */
  readonly file: string;
  /** 1-based line, where known. */
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** What is wrong, naming the offending value. */
  readonly message: string;
  /** How an author puts it right. */
  readonly fix: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = [problem.file, problem.line, problem.line ? problem.column : undefined]
    .filter((part) => part !== undefined)
    .join(':');
  return `${where}: ${problem.message}\n    fix: ${problem.fix}`;
}

/** Stops the build, listing every problem found rather than only the first. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${String(problems.length)} problems`;
    super(`Content has ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.problems = problems;
  }
}

/** Throws a ContentError when there is anything to report. */
export function assertNoProblems(problems: readonly ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}

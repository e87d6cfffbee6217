import { compareReleases, releaseSeries } from './releases.ts';

/** What the matrix needs of a run of releases. */
export interface StatusSpan<S extends string> {
  readonly from?: string | undefined;
  readonly until?: string | undefined;
  readonly status: S;
}

/** One cell: the statuses a feature had within one release series, in order, each with its first release. */
export interface SeriesCell<S extends string> {
  readonly series: number;
  readonly parts: readonly {
    readonly status: S;
    readonly from: string;
    readonly to: string;
    readonly span: number;
  }[];
}

/** The span (by index) each release falls in, or undefined where no span covers it. */
export function spanOfRelease<S extends string>(
  spans: readonly StatusSpan<S>[],
  release: string,
): number | undefined {
  const index = spans.findIndex(
    (span) =>
      (span.from === undefined || compareReleases(span.from, release) <= 0) &&
      (span.until === undefined || compareReleases(release, span.until) <= 0),
  );
  return index === -1 ? undefined : index;
}

/**
 * The cells of one feature's row: for each release series, the runs of its
 * releases that share a span. Releases no span covers are left out.
 */
export function seriesCells<S extends string>(
  spans: readonly StatusSpan<S>[],
  releases: readonly string[],
): SeriesCell<S>[] {
  const sorted = [...releases].sort(compareReleases);
  const series = [...new Set(sorted.map(releaseSeries))];
  return series.map((major) => {
    const parts: { status: S; from: string; to: string; span: number }[] = [];
    for (const release of sorted.filter((version) => releaseSeries(version) === major)) {
      const span = spanOfRelease(spans, release);
      const status = span === undefined ? undefined : spans[span]?.status;
      if (span === undefined || status === undefined) continue;
      const last = parts.at(-1);
      if (last && last.span === span) last.to = release;
      else parts.push({ status, from: release, to: release, span });
    }
    return { series: major, parts };
  });
}

/** Problems with a feature's spans: unknown releases, reversed runs, overlaps. Empty when the row is sound. */
export function spanProblems(
  spans: readonly StatusSpan<string>[],
  releases: ReadonlySet<string>,
): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  spans.forEach((span, index) => {
    for (const version of [span.from, span.until]) {
      if (version !== undefined && !releases.has(version))
        problems.push({ index, message: `unknown release "${version}"` });
    }
    if (span.from !== undefined && span.until !== undefined && compareReleases(span.from, span.until) > 0) {
      problems.push({ index, message: `the run starts (${span.from}) after it ends (${span.until})` });
    }
    const next = spans[index + 1];
    if (
      next &&
      (span.until === undefined ||
        (next.from !== undefined && compareReleases(next.from, span.until) <= 0) ||
        next.from === undefined)
    ) {
      problems.push({
        index: index + 1,
        message: 'runs overlap: list them oldest first, each starting after the previous one ends',
      });
    }
  });
  return problems;
}

/** The mark a matrix cell shows for its evidence: one meaning per mark. */
export type EvidenceMark = 'primary' | 'supplementary' | 'none';

/**
 * How a run's status is backed, as the matrix marks it: `primary` where a
 * primary source says so, `supplementary` where only supplementary ones do,
 * and `none` where nothing does. An `unknown` run always gets `none`: its
 * sources (if any) say why nothing settles the status, so a source mark
 * beside "Unknown" would claim evidence for a status nobody has shown.
 */
export function evidenceMark(
  status: string,
  evidence: readonly { readonly strength: 'primary' | 'supplementary' }[],
): EvidenceMark {
  if (status === 'unknown' || evidence.length === 0) return 'none';
  return evidence.some((item) => item.strength === 'primary') ? 'primary' : 'supplementary';
}

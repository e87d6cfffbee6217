/**
 * The milestones of a release in the support matrix: the features whose
 * recorded status starts with it. A release that is a milestone is never
 * described as having nothing Xen-related, whatever its notes say.
 */

/** What the rule needs of a feature of the support matrix. */
export interface MilestoneFeature<S extends string> {
  readonly id: string;
  readonly label: string;
  readonly spans: readonly {
    readonly from?: string | undefined;
    readonly until?: string | undefined;
    readonly status: S;
  }[];
}

export interface Milestone<S extends string> {
  readonly id: string;
  readonly label: string;
  readonly status: S;
}

/**
 * Every feature with a run that starts at `release` and says something (any
 * status but "unknown"), in the order of the matrix.
 */
export function milestonesOf<S extends string>(
  features: readonly MilestoneFeature<S>[],
  release: string,
): Milestone<S>[] {
  return features.flatMap((feature) =>
    feature.spans
      .filter((span) => span.from === release && span.status !== 'unknown')
      .map((span) => ({ id: feature.id, label: feature.label, status: span.status })),
  );
}

/**
 * Every rule across files, each in a module of its own: validate.ts runs all
 * of them and reports every problem of every rule at once. A new rule is a
 * new module here, with a table-driven test in tests/schemas/rules/.
 */
import { branchMerge } from './branch-merge.ts';
import { correctionsRecorded } from './corrections-recorded.ts';
import { firstReleaseBeforeMerge } from './first-release-before-merge.ts';
import { futureDates } from './future-dates.ts';
import { glossaryTerms } from './glossary-terms.ts';
import { mergeCycles } from './merge-cycles.ts';
import { mergeOf } from './merge-of.ts';
import { navigation } from './navigation.ts';
import { peopleExist } from './people-exist.ts';
import { peopleNamed } from './people-named.ts';
import { primaryEvidence } from './primary-evidence.ts';
import { primaryPublisher } from './primary-publisher.ts';
import { recordBeforeRelease } from './record-before-release.ts';
import { referencesInFields } from './references-in-fields.ts';
import { releaseDateSource } from './release-date-source.ts';
import { releaseNotes } from './release-notes.ts';
import { releaseOrder } from './release-order.ts';
import { releasesExist } from './releases-exist.ts';
import type { Rule } from './rule.ts';
import { sourcesCited } from './sources-cited.ts';
import { sourcesExist } from './sources-exist.ts';
import { statusFeatures } from './status-features.ts';
import { supportRuns } from './support-runs.ts';
import { svnDates } from './svn-dates.ts';
import { text } from './text.ts';
import { topicsExist } from './topics-exist.ts';
import { verifiedSource } from './verified-source.ts';

export const RULES: readonly Rule[] = [
  navigation,
  topicsExist,
  supportRuns,
  statusFeatures,
  sourcesExist,
  sourcesCited,
  peopleExist,
  peopleNamed,
  releasesExist,
  releaseNotes,
  verifiedSource,
  futureDates,
  svnDates,
  branchMerge,
  mergeOf,
  recordBeforeRelease,
  firstReleaseBeforeMerge,
  releaseDateSource,
  primaryPublisher,
  primaryEvidence,
  mergeCycles,
  correctionsRecorded,
  releaseOrder,
  text,
  glossaryTerms,
  referencesInFields,
];

export type { Rule, RuleInput } from './rule.ts';

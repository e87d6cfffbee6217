import { seriesCells } from '../lib/support-matrix.ts';
import type { Feature, SupportStatus } from '../schemas/support.ts';
import { getReleases } from './releases.ts';
import { siteData } from './site-data.ts';

export interface FeatureToday {
  feature: Feature;
  status: SupportStatus;
  /** The first release of the run that holds today, when that run starts after the first release shown. */
  since: string | undefined;
  /** The strongest evidence for today's status: primary, supplementary, or none at all. */
  strength: 'primary' | 'supplementary' | 'none';
}

/** A feature of the support matrix as it stands in the newest release. */
export async function featureToday(id: string): Promise<FeatureToday> {
  const feature = siteData()
    .support.groups.flatMap((group) => group.features)
    .find((candidate) => candidate.id === id);
  if (!feature)
    throw new Error(`unknown feature "${id}": the content validation should have stopped the build`);
  const releases = (await getReleases()).map((release) => release.id);
  const last = seriesCells(feature.spans, releases).at(-1)?.parts.at(-1);
  const span = last ? feature.spans[last.span] : undefined;
  const evidence = span?.evidence ?? [];
  return {
    feature,
    status: span?.status ?? 'unknown',
    since: span?.from,
    strength:
      evidence.length === 0
        ? 'none'
        : evidence.some((item) => item.strength === 'primary')
          ? 'primary'
          : 'supplementary',
  };
}

/**
 * Where content names a topic or cites a source: one list of each, shared by
 * the rule that checks every name resolves and the rule that checks every
 * source is cited.
 */
import type { DataPath } from '../../lib/frontmatter.ts';
import { allEntries, type Content } from '../content.ts';
import { DATA_FILES } from '../kinds.ts';

/** A value naming something, where it is written. */
export interface Mention {
  readonly file: string;
  readonly path: DataPath;
  readonly id: string;
}

/** Every topic slug written anywhere: entries' `topics`, topics' `related`, and the data files (the import's path map too). */
export function topicMentions(content: Content): Mention[] {
  const mentions: Mention[] = [];
  for (const entry of allEntries(content)) {
    const data: object = entry.data;
    for (const field of ['topics', 'related'] as const) {
      const slugs: unknown = Reflect.get(data, field);
      if (!Array.isArray(slugs)) continue;
      slugs.forEach((id: unknown, i) => {
        if (typeof id === 'string') mentions.push({ file: entry.file, path: [field, i], id });
      });
    }
  }
  const { guestSupport, support, xenPaths } = content.data;
  for (const repository of ['src', 'ports'] as const)
    xenPaths[repository].forEach((rule, r) =>
      rule.topics.forEach((id, t) =>
        mentions.push({ file: DATA_FILES.xenPaths.file, path: [repository, r, 'topics', t], id }),
      ),
    );
  guestSupport.columns.forEach((column, i) => {
    if (column.see)
      mentions.push({
        file: DATA_FILES.guestSupport.file,
        path: ['columns', i, 'see', 'topic'],
        id: column.see.topic,
      });
  });
  support.groups.forEach((group, g) =>
    group.features.forEach((feature, f) =>
      mentions.push({
        file: DATA_FILES.support.file,
        path: ['groups', g, 'features', f, 'topic'],
        id: feature.topic,
      }),
    ),
  );
  return mentions;
}

/** Every source id cited anywhere: entries' `sources`, and the data files. */
export function sourceCitations(content: Content): Mention[] {
  const citations: Mention[] = allEntries(content).flatMap((entry) =>
    entry.data.sources.map((id, i) => ({ file: entry.file, path: ['sources', i], id })),
  );
  const { charts, guestSupport, spectrum, support } = content.data;
  for (const [id, chart] of Object.entries(charts))
    citations.push({ file: DATA_FILES.charts.file, path: [id, 'source'], id: chart.source });
  citations.push({ file: DATA_FILES.guestSupport.file, path: ['source'], id: guestSupport.source });
  citations.push({ file: DATA_FILES.spectrum.file, path: ['source'], id: spectrum.source });
  support.groups.forEach((group, g) =>
    group.features.forEach((feature, f) =>
      feature.spans.forEach((span, i) =>
        span.evidence.forEach((evidence, e) =>
          citations.push({
            file: DATA_FILES.support.file,
            path: ['groups', g, 'features', f, 'spans', i, 'evidence', e, 'source'],
            id: evidence.source,
          }),
        ),
      ),
    ),
  );
  return citations;
}

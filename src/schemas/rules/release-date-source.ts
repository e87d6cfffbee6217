import { publisherOf } from '../../lib/publishers.ts';
import type { ReleaseDateBasis } from '../release.ts';
import type { Source } from '../source.ts';
import { problem, type Rule } from './rule.ts';

/** The kinds of source that can give a release date in each way. */
const KIND_OF_BASIS: Readonly<Record<ReleaseDateBasis, Source['kind']>> = {
  announcement: 'announcement',
  'schedule (actual)': 'schedule',
  'schedule (planned)': 'schedule',
  'news item': 'news',
  'release table': 'documentation',
};

/**
 * A release date names the FreeBSD document it comes from, of a kind that
 * gives release dates, among the release's sources; so does every other date
 * shown next to it.
 */
export const releaseDateSource: Rule = {
  name: 'release-date-source',
  check: ({ content, at }) => {
    const { sources } = content.data;
    return content.releases.flatMap(({ data, file, id }) =>
      [
        { path: ['dateSource', 'source'], source: data.dateSource.source, as: data.dateSource.as },
        ...data.otherDates.map((other, i) => ({
          path: ['otherDates', i, 'source'],
          source: other.source,
          as: other.as,
        })),
      ].flatMap(({ path, source, as }) => {
        const where = at(file, path);
        const found = Object.hasOwn(sources, source) ? sources[source] : undefined;
        if (found === undefined)
          return [
            problem(
              where,
              `the date of ${id} names the unknown source "${source}"`,
              'name a source of content/data/sources.json',
            ),
          ];
        const kind = KIND_OF_BASIS[as];
        const problems = [];
        if (found.kind !== kind)
          problems.push(
            problem(
              where,
              `the date of ${id} is given "as ${as}", but "${source}" is of kind ${found.kind}, not ${kind}`,
              `name the ${kind} the date comes from, or say how this source gives it`,
            ),
          );
        if (publisherOf(found.url) !== 'FreeBSD')
          problems.push(
            problem(
              where,
              `the date of ${id} comes from "${source}" (${found.url}), which is not a FreeBSD publication`,
              "take release dates from the FreeBSD Project's own announcement, schedule, news or security pages",
            ),
          );
        if (!data.sources.includes(source))
          problems.push(
            problem(
              where,
              `the date of ${id} comes from "${source}", which its sources do not list`,
              `add ${source} to sources`,
            ),
          );
        return problems;
      }),
    );
  },
};

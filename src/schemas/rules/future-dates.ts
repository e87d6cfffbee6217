import type { ContentProblem } from '../../lib/content-error.ts';
import { compareIsoDates } from '../../lib/dates.ts';
import { problem, type Rule } from './rule.ts';

/** No date of a record, an advisory or a release is later than today. */
export const futureDates: Rule = {
  name: 'future-dates',
  check: ({ content, at, today }) => {
    const dated: { file: string; field: string; date: string | undefined; fix: string; named: boolean }[] = [
      ...content.changes.map(({ file, data }) => ({
        file,
        field: 'date',
        date: data.date,
        fix: 'give the commit date a source states',
        named: false,
      })),
      ...content.advisories.flatMap(({ file, data }) =>
        (['announced', 'releaseNotesDate'] as const).map((field) => ({
          file,
          field,
          date: data[field],
          fix: 'give the date the advisory or release documents state',
          named: true,
        })),
      ),
      ...content.releases.map(({ file, data }) => ({
        file,
        field: 'date',
        date: data.date,
        fix: 'give the date of the release announcement',
        named: false,
      })),
    ];
    return dated.flatMap(({ file, field, date, fix, named }): ContentProblem[] =>
      date !== undefined && compareIsoDates(date, today) > 0
        ? [problem(at(file, [field]), `${named ? field : 'date'} ${date} is in the future`, fix)]
        : [],
    );
  },
};

import { compareIsoDates, formatDate } from '../../lib/dates.ts';
import { problem, type Rule } from './rule.ts';

/**
 * A commit cannot ship in a release that came out before it was made: a
 * record's date is not later than the date of its firstRelease.
 */
export const recordBeforeRelease: Rule = {
  name: 'record-before-release',
  check: ({ content, at }) => {
    const released = new Map(content.releases.map((release) => [release.id, release.data.date]));
    return content.changes.flatMap(({ data, file }) => {
      if (data.date === undefined || data.firstRelease === undefined) return [];
      const releaseDate = released.get(data.firstRelease);
      if (releaseDate === undefined || compareIsoDates(data.date, releaseDate) <= 0) return [];
      return [
        problem(
          at(file, ['date']),
          `date ${data.date} is after FreeBSD ${data.firstRelease} came out (${formatDate(releaseDate)}), yet firstRelease says it shipped there`,
          `check the commit date, or set firstRelease to the first release made after ${data.date} that shipped it`,
        ),
      ];
    });
  },
};

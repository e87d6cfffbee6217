import { refText } from '../../lib/references/record-ref.ts';
import { SVN_LAST_DAY } from '../../lib/references/svn.ts';
import { compareIsoDates } from '../../lib/dates.ts';
import { problem, type Rule } from './rule.ts';

/** A Subversion revision is not dated after its repository moved to git. */
export const svnDates: Rule = {
  name: 'svn-dates',
  check: ({ content, at }) =>
    content.changes.flatMap(({ file, ref, data }) => {
      if (ref.kind !== 'svn' || data.date === undefined) return [];
      const last = SVN_LAST_DAY[ref.repository];
      if (compareIsoDates(data.date, last) <= 0) return [];
      return [
        problem(
          at(file, ['date']),
          `date ${data.date} is after ${ref.repository} left Subversion (${last}): ${refText(ref)} cannot be that late`,
          'check the date, or whether this is a git commit',
        ),
      ];
    }),
};

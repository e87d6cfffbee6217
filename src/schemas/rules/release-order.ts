import { compareIsoDates } from '../../lib/dates.ts';
import { compareReleases } from '../../lib/releases.ts';
import { problem, type Rule } from './rule.ts';

const major = (version: string): string => version.split('.')[0] ?? '';

/**
 * Releases that could not have happened: a release cut from the stable branch
 * of another major version (11.2 from stable/10), and release dates that do
 * not increase with the version, within a major version (10.4 before 10.3)
 * and from one major version's first release to the next (16.0 before 15.0).
 * Each is reported at the later version's date.
 */
export const releaseOrder: Rule = {
  name: 'release-order',
  check: ({ content, at }) => {
    const releases = [...content.releases].sort((a, b) => compareReleases(a.id, b.id));
    const branches = releases.flatMap(({ id, file, data }) => {
      const stable = /^stable\/(\d+)$/.exec(data.branch)?.[1];
      const releng = /^releng\/(\d+)\.\d+$/.exec(data.branch);
      const branchMajor = stable ?? releng?.[1];
      if (branchMajor === undefined || branchMajor === major(id)) return [];
      return [
        problem(
          at(file, ['branch']),
          `branch ${data.branch}, but ${id} is a release of FreeBSD ${major(id)}`,
          `a ${major(id)}.x release is cut from stable/${major(id)} (or releng/${id}): correct the branch or the version`,
        ),
      ];
    });
    const dates = releases.flatMap((release, index) => {
      const earlier = releases
        .slice(0, index)
        .filter(
          (other) =>
            major(other.id) === major(release.id) || (release.id.endsWith('.0') && other.id.endsWith('.0')),
        );
      const later = earlier.filter((other) => compareIsoDates(other.data.date, release.data.date) >= 0);
      return later
        .map((other) =>
          problem(
            at(release.file, ['date']),
            `date ${release.data.date} is not after ${other.id}'s (${other.data.date}), an earlier version`,
            `check both dates against the release announcements`,
          ),
        )
        .slice(0, 1);
    });
    return [...branches, ...dates];
  },
};

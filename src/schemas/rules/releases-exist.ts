import type { DataPath } from '../../lib/frontmatter.ts';
import { problem, type Rule } from './rule.ts';

/** Every release a record or an advisory names has a file in content/releases/. */
export const releasesExist: Rule = {
  name: 'releases-exist',
  check: ({ content, known, at }) => {
    const named: { file: string; path: DataPath; version: string }[] = [
      ...content.changes.flatMap((change) =>
        change.data.firstRelease === undefined
          ? []
          : [{ file: change.file, path: ['firstRelease'], version: change.data.firstRelease }],
      ),
      ...content.advisories.flatMap((advisory) =>
        advisory.data.releases.map((version, i) => ({ file: advisory.file, path: ['releases', i], version })),
      ),
    ];
    return named
      .filter(({ version }) => !known.releases.has(version))
      .map(({ file, path, version }) =>
        problem(
          at(file, path),
          `unknown release "${version}"`,
          `add content/releases/${version}.md, or correct the version`,
        ),
      );
  },
};

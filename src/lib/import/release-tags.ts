/**
 * Releases from git tags: `release/10.3.0` is FreeBSD 10.3 (the tag of
 * 10.3-RELEASE). The earliest release of a commit is the earliest release
 * whose tag reaches the commit or one of its merges; "earliest" is by
 * version, as the site orders releases (src/lib/releases.ts).
 */
import { compareReleases } from '../releases.ts';

const RELEASE_TAG = /^release\/([1-9][0-9]*)\.([0-9]+)\.0$/;

/** The release a tag names (`release/10.3.0` → `10.3`), or undefined for any other tag. */
export function releaseOfTag(tag: string): string | undefined {
  const match = RELEASE_TAG.exec(tag.replace(/^refs\/tags\//, ''));
  return match ? `${match[1] ?? ''}.${match[2] ?? ''}` : undefined;
}

/** Release tags, oldest version first, with the release each names. */
export function releaseTags(tags: readonly string[]): { tag: string; release: string }[] {
  return tags
    .flatMap((tag) => {
      const release = releaseOfTag(tag);
      return release === undefined ? [] : [{ tag, release }];
    })
    .sort((a, b) => compareReleases(a.release, b.release));
}

/** The earliest of some releases, or undefined when there are none. */
export function earliestRelease(releases: Iterable<string | undefined>): string | undefined {
  let earliest: string | undefined;
  for (const release of releases)
    if (release !== undefined && (earliest === undefined || compareReleases(release, earliest) < 0))
      earliest = release;
  return earliest;
}

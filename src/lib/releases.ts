/** FreeBSD release versions such as `10.3` and `11.0`, compared as numbers, not text. */

function parts(version: string): [number, number] {
  const [major = '0', minor = '0'] = version.split('.');
  return [Number(major), Number(minor)];
}

/** Earlier releases first: 9.3 < 10.0 < 10.3 < 11.0. */
export function compareReleases(a: string, b: string): number {
  const [aMajor, aMinor] = parts(a);
  const [bMajor, bMinor] = parts(b);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The release's notes on freebsd.org: the one URL form. */
export function releaseNotesUrl(version: string): string {
  return `https://www.freebsd.org/releases/${version}R/relnotes/`;
}

/** The release's announcement on freebsd.org. */
export function releaseAnnouncementUrl(version: string): string {
  return `https://www.freebsd.org/releases/${version}R/announce/`;
}

/** The major series a release belongs to: `11` for 11.4. */
export function releaseSeries(version: string): number {
  return parts(version)[0];
}

/**
 * Items grouped by the release they first shipped in, oldest release first, with the items whose
 * first release no source gives last (release undefined). Each group keeps the items' order.
 */
export function byFirstRelease<T extends { readonly firstRelease?: string | undefined }>(
  items: readonly T[],
): { release: string | undefined; items: T[] }[] {
  const groups = new Map<string | undefined, T[]>();
  for (const item of items) {
    const group = groups.get(item.firstRelease);
    if (group) group.push(item);
    else groups.set(item.firstRelease, [item]);
  }
  return [...groups]
    .map(([release, grouped]) => ({ release, items: grouped }))
    .sort((a, b) =>
      a.release === undefined ? 1 : b.release === undefined ? -1 : compareReleases(a.release, b.release),
    );
}

/**
 * Who publishes what a URL points to, for the rule that a primary source is
 * a publication of the FreeBSD Project, the Xen Project or a vendor (not a
 * personal copy or a third party's page). One list, here.
 */
export type Publisher = 'FreeBSD' | 'Xen' | 'vendor';

/** Hosts, and every subdomain of them, that each publisher runs. */
const HOSTS: readonly (readonly [string, Publisher])[] = [
  ['freebsd.org', 'FreeBSD'],
  ['xenproject.org', 'Xen'],
  ['xen.org', 'Xen'],
  ['amazon.com', 'vendor'],
];

/** Repositories on GitHub, by owner, that each publisher runs. */
const GITHUB_OWNERS: ReadonlyMap<string, Publisher> = new Map([
  ['freebsd', 'FreeBSD'],
  ['xen-project', 'Xen'],
]);

/** The publisher of the page a URL names, or undefined where it is none of them. */
export function publisherOf(url: string): Publisher | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase();
  if (host === 'github.com') {
    const owner = parsed.pathname.split('/')[1]?.toLowerCase() ?? '';
    return GITHUB_OWNERS.get(owner);
  }
  for (const [domain, publisher] of HOSTS) {
    if (host === domain || host.endsWith(`.${domain}`)) return publisher;
  }
  return undefined;
}

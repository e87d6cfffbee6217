/**
 * The only hosts the site may link to, each for a reason a reader can check.
 * The built-site link checker (tests/site/links.test.ts) fails on a link to
 * any other host, on any plain-http link, and on a host listed here that no
 * page links to any more: add a host here only with the source that needs it.
 */
export const EXTERNAL_HOSTS = [
  /** Every revision link: the canonical changeset view (src/lib/references/svn.ts). */
  'svnweb.freebsd.org',
  /** Phabricator commit pages and Differential reviews (src/lib/references/svn.ts, sources). */
  'reviews.freebsd.org',
  /** Release notes and announcements (src/lib/releases.ts, sources). */
  'www.freebsd.org',
  /** Security advisories and errata notices (src/lib/references/advisory.ts, sources). */
  'security.freebsd.org',
  /** freebsd-xen mailing-list posts (sources). */
  'lists.freebsd.org',
  /** Manual-page references (src/lib/references/manpage.ts). */
  'man.freebsd.org',
  /** The Handbook's virtualization chapter (sources). */
  'docs.freebsd.org',
  /** The FreeBSD wiki's Xen page (sources). */
  'wiki.freebsd.org',
  /** The Committer's Guide's Subversion primer, only on the legacy site (sources). */
  'www-legacy.freebsd.org',
  /** A commit in FreeBSD's git history (sources). */
  'cgit.freebsd.org',
  /** freebsd-src, freebsd-doc and xen sources, and the "Edit this page" links (src/queries/git.ts). */
  'github.com',
  /** A browsable mirror of the Subversion-era blkfront history (sources). */
  'git.quacker.org',
  /** The FOSDEM 2016 talk the site grew from (sources). */
  'archive.fosdem.org',
  /** xen-devel posts in the old list archive (sources). */
  'lists.xen.org',
  /** xen-users posts in the current list archive (sources). */
  'lists.xenproject.org',
  /** The Xen 4.7 release announcement (sources). */
  'xenproject.org',
  /** The Xen Project wiki's page on guest types, cited for the end of PVHv1 (sources). */
  'wiki.xenproject.org',
  /** Xen security advisories, linked from each advisory's XSA ids (src/lib/references/xsa.ts). */
  'xenbits.xen.org',
  /** CVE records, linked from each advisory's CVE ids (src/lib/references/xsa.ts). */
  'www.cve.org',
  /** The news report on xSplice (sources). */
  'www.theregister.com',
  /** The podcast page that states Colin Percival's affiliation (sources: lastweekinaws-cperciva). */
  'www.lastweekinaws.com',
] as const;

/**
 * Hosts that records written by the import (npm run import) link to from
 * their commit's trailers: allowed, but not every build has a record that
 * links there.
 */
export const IMPORT_HOSTS = [
  /** Problem reports named by a commit's PR: trailer (src/lib/import/trailers.ts). */
  'bugs.freebsd.org',
] as const;

/** Every host a page may link to. */
export const ALLOWED_HOSTS: readonly string[] = [...EXTERNAL_HOSTS, ...IMPORT_HOSTS];

/**
 * A reference to something the site keeps a record of: a Subversion
 * revision, a git commit or a security advisory. Each kind knows its own
 * syntax (svn.ts, git.ts, advisory.ts); this module treats them alike.
 */
import { advisoryUrl, type AdvisoryRef } from './advisory.ts';
import { cgitUrl, formatCommit, type GitRef } from './git.ts';
import { formatRevision, svnwebUrl, type SvnRef } from './svn.ts';

export type RecordRef = SvnRef | GitRef | AdvisoryRef;
export type RecordKind = RecordRef['kind'];

/** How a reference is written on the site: `r286062`, `65f22ccf8247`, `FreeBSD-SA-21:06.xen`. */
export function refText(ref: RecordRef): string {
  switch (ref.kind) {
    case 'svn':
      return formatRevision(ref.revision);
    case 'git':
      return formatCommit(ref.hash);
    case 'advisory':
      return ref.id;
  }
}

/** A stable key for maps: `svn:base:286062`, `git:src:65f22ccf8247`, `advisory:FreeBSD-SA-21:06.xen`. */
export function refKey(ref: RecordRef): string {
  switch (ref.kind) {
    case 'svn':
      return `svn:${ref.repository}:${String(ref.revision)}`;
    case 'git':
      return `git:${ref.repository}:${ref.hash}`;
    case 'advisory':
      return `advisory:${ref.id}`;
  }
}

/** The canonical page of the thing itself, off this site: svnweb, cgit or security.freebsd.org. */
export function refUrl(ref: RecordRef): string {
  switch (ref.kind) {
    case 'svn':
      return svnwebUrl(ref);
    case 'git':
      return cgitUrl(ref);
    case 'advisory':
      return advisoryUrl(ref);
  }
}

/** The repository a commit is in, or undefined for an advisory. */
export function refRepository(ref: RecordRef): string | undefined {
  return ref.kind === 'advisory' ? undefined : ref.repository;
}

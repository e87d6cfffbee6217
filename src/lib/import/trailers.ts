/**
 * The trailers of a FreeBSD commit message (the Committer's Guide
 * template): `Reviewed by:`, `PR:`, `Differential Revision:` and the rest,
 * read into typed fields. A trailer is a line that starts with one of the
 * known keys and a colon; an indented line after it continues it.
 */
import { parseReview, type ReviewId } from '../references/review.ts';
import { parsePeople, type NamedPerson } from './people.ts';

/** The trailers the import reads, by key as written, and the field each becomes. */
export const TRAILER_KEYS = {
  'reviewed by': 'reviewedBy',
  'submitted by': 'submittedBy',
  'reported by': 'reportedBy',
  'tested by': 'testedBy',
  'approved by': 'approvedBy',
  'discussed with': 'discussedWith',
  'obtained from': 'obtainedFrom',
  'sponsored by': 'sponsoredBy',
  'differential revision': 'differentialRevision',
  'pull request': 'pullRequest',
  pr: 'pr',
  'mfc after': 'mfcAfter',
  'mfc with': 'mfcWith',
  mfh: 'mfh',
  security: 'security',
  relnotes: 'relnotes',
} as const;

type TrailerKey = keyof typeof TRAILER_KEYS;
export type TrailerField = (typeof TRAILER_KEYS)[TrailerKey];

/** The trailers of one commit as typed values; a field is present only where the message has it. */
export interface Trailers {
  reviewedBy?: NamedPerson[];
  submittedBy?: NamedPerson[];
  reportedBy?: NamedPerson[];
  testedBy?: NamedPerson[];
  approvedBy?: NamedPerson[];
  discussedWith?: NamedPerson[];
  /** Where the code came from, as written ("Citrix", "OpenBSD"). */
  obtainedFrom?: string[];
  sponsoredBy?: string[];
  /** Phabricator reviews: D3805. */
  differentialRevision?: ReviewId[];
  /** GitHub pull requests, as URLs. */
  pullRequest?: string[];
  /** Bugzilla problem reports by number. */
  pr?: number[];
  mfcAfter?: string;
  mfcWith?: string[];
  mfh?: string;
  /** Advisories, errata notices, CVEs and XSAs the commit fixes, as written ids. */
  security?: string[];
  relnotes?: string;
}

const LINE = /^([A-Za-z][A-Za-z ]*?):[ \t]*(.*)$/;

/** Splits a message into trailer key and value pairs, in order, continuations joined. */
export function trailerLines(message: string): { key: TrailerKey; value: string }[] {
  const found: { key: TrailerKey; value: string }[] = [];
  let current: { key: TrailerKey; value: string } | undefined;
  for (const line of message.split('\n')) {
    const match = LINE.exec(line);
    const key = match?.[1]?.toLowerCase();
    if (match && key !== undefined && isTrailerKey(key)) {
      current = { key, value: (match[2] ?? '').trim() };
      found.push(current);
    } else if (current && /^[ \t]+\S/.test(line)) {
      current.value = `${current.value} ${line.trim()}`.trim();
    } else {
      current = undefined;
    }
  }
  return found;
}

function isTrailerKey(key: string): key is TrailerKey {
  return Object.hasOwn(TRAILER_KEYS, key);
}

const REVIEW = /\bD([1-9][0-9]*)\b/g;
const BUG = /(?:^|[\s,/#=])([1-9][0-9]{2,6})\b/g;
const SECURITY = /\b(FreeBSD-(?:SA|EN)-\d{2}:\d{2}\.[A-Za-z0-9_-]+|CVE-\d{4}-\d{4,}|XSA-[1-9]\d*)\b/g;
const URL = /https?:\/\/\S+/g;

const all = (pattern: RegExp, text: string, group = 0): string[] =>
  [...text.matchAll(pattern)].map((match) => match[group] ?? '');

/** Adds values to a list field without repeats. */
function push<T>(list: T[] | undefined, values: readonly T[]): T[] | undefined {
  if (values.length === 0) return list;
  const merged = [...(list ?? [])];
  for (const value of values) if (!merged.includes(value)) merged.push(value);
  return merged;
}

function pushPeople(
  list: NamedPerson[] | undefined,
  values: readonly NamedPerson[],
): NamedPerson[] | undefined {
  const key = (person: NamedPerson) => `${person.handle ?? ''}\u0000${person.name ?? ''}`;
  const merged = [...(list ?? [])];
  for (const value of values) if (!merged.some((known) => key(known) === key(value))) merged.push(value);
  return merged.length > 0 ? merged : list;
}

/** Reads every known trailer of a commit message into typed fields. */
export function parseTrailers(message: string): Trailers {
  const trailers: Trailers = {};
  for (const { key, value } of trailerLines(message)) {
    if (value === '') continue;
    const field = TRAILER_KEYS[key];
    switch (field) {
      case 'reviewedBy':
      case 'submittedBy':
      case 'reportedBy':
      case 'testedBy':
      case 'approvedBy':
      case 'discussedWith': {
        const people = pushPeople(trailers[field], parsePeople(value));
        if (people) trailers[field] = people;
        break;
      }
      case 'obtainedFrom':
      case 'sponsoredBy': {
        const list = push(trailers[field], [value]);
        if (list) trailers[field] = list;
        break;
      }
      case 'differentialRevision': {
        const list = push(
          trailers.differentialRevision,
          all(REVIEW, value).map((id) => parseReview(id)),
        );
        if (list) trailers.differentialRevision = list;
        break;
      }
      case 'pullRequest': {
        const list = push(trailers.pullRequest, all(URL, value));
        if (list) trailers.pullRequest = list;
        break;
      }
      case 'pr': {
        const list = push(trailers.pr, all(BUG, value, 1).map(Number));
        if (list) trailers.pr = list;
        break;
      }
      case 'security': {
        const list = push(trailers.security, all(SECURITY, value, 1));
        if (list) trailers.security = list;
        break;
      }
      case 'mfcWith': {
        const list = push(
          trailers.mfcWith,
          value.split(/[\s,]+/).filter((word) => word !== ''),
        );
        if (list) trailers.mfcWith = list;
        break;
      }
      case 'mfcAfter':
      case 'mfh':
      case 'relnotes':
        trailers[field] ??= value;
        break;
    }
  }
  return trailers;
}

/** A Bugzilla problem report's page. */
export function bugUrl(pr: number): string {
  return `https://bugs.freebsd.org/bugzilla/show_bug.cgi?id=${String(pr)}`;
}

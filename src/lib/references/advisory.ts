/**
 * FreeBSD security advisories (SA) and errata notices (EN), such as
 * FreeBSD-SA-21:06.xen: how they are written and where their text lives.
 */
import { ReferenceSyntaxError } from './errors.ts';

export const ADVISORY_TYPES = ['SA', 'EN'] as const;
export type AdvisoryType = (typeof ADVISORY_TYPES)[number];

declare const advisoryBrand: unique symbol;
/** `FreeBSD-SA-21:06.xen`, checked. */
export type AdvisoryId = string & { readonly [advisoryBrand]: true };

export interface AdvisoryRef {
  readonly kind: 'advisory';
  readonly id: AdvisoryId;
}

/**
 * `FreeBSD-`, the type, a two-digit year, a colon, a two-digit number, a dot
 * and the name: the one pattern of a written advisory.
 */
export const ADVISORY_PATTERN = 'FreeBSD-(SA|EN)-([0-9]{2}):([0-9]{2})\\.([a-z0-9_]+)';
const WHOLE = new RegExp(`^${ADVISORY_PATTERN}$`);
/** A file name or URL segment: the colon written as a hyphen. */
const SLUG = /^FreeBSD-(SA|EN)-([0-9]{2})-([0-9]{2})\.([a-z0-9_]+)$/;
/** A short form readers type into search: `SA-21:06`. */
export const SHORT_ADVISORY_PATTERN = '(?:FreeBSD-)?(SA|EN)-([0-9]{2}):([0-9]{2})';

const EXAMPLE = 'for example FreeBSD-SA-21:06.xen or FreeBSD-EN-17:05.xen';

function isAdvisoryId(text: string): text is AdvisoryId {
  return WHOLE.test(text);
}

export function parseAdvisory(text: string): AdvisoryId {
  const trimmed = text.trim();
  if (!isAdvisoryId(trimmed)) {
    throw new ReferenceSyntaxError(`Invalid advisory id ${JSON.stringify(text)}: ${EXAMPLE}.`);
  }
  return trimmed;
}

export function advisoryRef(id: AdvisoryId): AdvisoryRef {
  return { kind: 'advisory', id };
}

export function advisoryType(id: AdvisoryId): AdvisoryType {
  return id.slice('FreeBSD-'.length, 'FreeBSD-'.length + 2) === 'EN' ? 'EN' : 'SA';
}

/** `FreeBSD-SA-21-06.xen`: the id as a file name and URL segment, without the colon. */
export function advisorySlug(id: AdvisoryId): string {
  return id.replace(':', '-');
}

/** The id a file name or URL segment stands for. */
export function advisoryFromSlug(slug: string): AdvisoryId {
  const match = SLUG.exec(slug);
  if (!match) {
    throw new ReferenceSyntaxError(
      `Invalid advisory file name ${JSON.stringify(slug)}: name it after the id with the colon as a hyphen, for example FreeBSD-SA-21-06.xen.md.`,
    );
  }
  const [, type, year, number, name] = match;
  return parseAdvisory(`FreeBSD-${type ?? ''}-${year ?? ''}:${number ?? ''}.${name ?? ''}`);
}

/** The advisory's signed text on security.freebsd.org: the one canonical link. */
export function advisoryUrl({ id }: AdvisoryRef): string {
  return `https://security.freebsd.org/advisories/${id}.asc`;
}

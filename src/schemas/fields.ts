/**
 * Field schemas shared by every kind of content: the one definition of what
 * a date, a release, a slug or a list of ids looks like. Pure: no I/O, and
 * nothing read at import time. Whether an id names something that exists is
 * checked over the whole content at once (src/schemas/validate.ts).
 */
import { z } from 'astro/zod';
import { isCalendarDay } from '../lib/dates.ts';
import { parseAdvisory, type AdvisoryId } from '../lib/references/advisory.ts';
import { parseCommitText, type WrittenCommitRef } from '../lib/references/commit-text.ts';
import { ReferenceSyntaxError } from '../lib/references/errors.ts';
import { parseReview, type ReviewId } from '../lib/references/review.ts';
import { PERSON_ID_PATTERN } from '../lib/person-id.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';

/** Prose of one line or more, trimmed, at least `min` characters. */
export const text = (min = 1) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(min, { error: `expected at least ${String(min)} characters` });

/** `2015-07-30`: a real calendar day written as YYYY-MM-DD, kept as that string. */
export const isoDate = z
  .string({ error: (issue) => `expected a date as "YYYY-MM-DD", got ${JSON.stringify(issue.input)}` })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as "YYYY-MM-DD", for example "2015-07-30"' })
  .refine(isCalendarDay, { error: 'no such day in the calendar' });

/** A FreeBSD release such as `11.0`, quoted so YAML keeps it a string. */
export const RELEASE_PATTERN = /^([1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
export const releaseVersion = z
  .string({ error: 'expected a release as a quoted string such as "11.0"' })
  .regex(RELEASE_PATTERN, { error: 'expected a release such as "11.0"' });

/** Kebab-case ids: topics, glossary terms, chart ids. */
export const slug = z.string().regex(SLUG_PATTERN, { error: 'expected a kebab-case id such as "blkfront"' });

/** Ids of content/data/sources.json entries. */
export const SOURCE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9.:-]*$/;
export const sourceId = z
  .string()
  .regex(SOURCE_ID_PATTERN, { error: 'expected a source id from content/data/sources.json' });

/** A FreeBSD account name, or a kebab-case name for a person without one. */
export { PERSON_ID_PATTERN };
export const personId = z
  .string()
  .regex(PERSON_ID_PATTERN, { error: 'expected a person id such as "royger" (content/people/<id>.md)' });

/** A list without repeats; `what` names the items in the message. */
export function uniqueList<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).superRefine((items, ctx) => {
    items.forEach((value, index) => {
      if (items.indexOf(value) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `${what} ${JSON.stringify(value)} is listed twice`,
        });
      }
    });
  });
}

/** Turns a parser that throws ReferenceSyntaxError into a schema with its message. */
function parsed<T>(parse: (text: string) => T, error: string) {
  return z.string({ error }).transform((value, ctx): T => {
    try {
      return parse(value);
    } catch (caught) {
      if (!(caught instanceof ReferenceSyntaxError)) throw caught;
      ctx.addIssue({ code: 'custom', message: caught.message });
      return z.NEVER;
    }
  });
}

export const reviewId = parsed<ReviewId>(parseReview, 'expected a Differential review id such as D3805');
export const advisoryId = parsed<AdvisoryId>(
  parseAdvisory,
  'expected an advisory id such as FreeBSD-SA-21:06.xen',
);

/** `CVE-2020-29568`. */
export const cveId = z
  .string()
  .regex(/^CVE-\d{4}-\d{4,}$/, { error: 'expected a CVE id such as CVE-2020-29568' });
/** `XSA-349`: a Xen Security Advisory. */
export const xsaId = z
  .string()
  .regex(/^XSA-[1-9]\d*$/, { error: 'expected a Xen advisory id such as XSA-349' });

/** `stable/10`, `releng/11.4`, `head` or `main`. */
export const branch = z.string().regex(/^(head|main|stable\/[1-9][0-9]*|releng\/[1-9][0-9]*\.[0-9]+)$/, {
  error: 'expected a branch such as "stable/10", "releng/11.4" or "head"',
});

/** A commit named in another field: `r287802` in a Subversion repository, or a git hash. */
export const commitText = parsed<WrittenCommitRef>(
  parseCommitText,
  'expected a revision such as r287802 or a git hash such as 65f22ccf8247',
);

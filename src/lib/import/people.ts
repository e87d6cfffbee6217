/**
 * Who a commit names: the FreeBSD account (handle) behind an
 * `@FreeBSD.org` address, and the people a trailer lists
 * (`Reviewed by: royger, kib`, `Submitted by: Jane Doe <jane@example.org>`).
 */
import { PERSON_ID_PATTERN } from '../person-id.ts';

/** A person as a commit names them: a handle where one is known, a name where one is given. */
export interface NamedPerson {
  readonly handle?: string;
  readonly name?: string;
}

const FREEBSD_ADDRESS = /^([^@\s]+)@freebsd\.org$/i;

/** The account name of an `@FreeBSD.org` address, lower case, or undefined for any other address. */
export function freebsdHandle(email: string): string | undefined {
  const local = FREEBSD_ADDRESS.exec(email.trim())?.[1]?.toLowerCase();
  return local !== undefined && isHandle(local) ? local : undefined;
}

/** Whether a word can be a FreeBSD account name, as person ids are written. */
export function isHandle(word: string): boolean {
  return PERSON_ID_PATTERN.test(word) && word.length >= 2 && word.length <= 16;
}

/**
 * Splits a trailer's value into the people it names. Commas, semicolons and
 * " and " separate people; a parenthesised remark ("(mentor)") is dropped;
 * `Name <address>` gives the name and, for an @FreeBSD.org address, the
 * handle; a bare lower-case word is a handle; anything else is a name.
 */
export function parsePeople(value: string): NamedPerson[] {
  const people: NamedPerson[] = [];
  const withoutRemarks = value.replace(/\([^)]*\)/g, ' ');
  for (const raw of withoutRemarks.split(/\s*(?:[,;]|\band\b)\s*/)) {
    const part = raw.trim();
    if (part === '') continue;
    const addressed = /^(.*?)\s*<([^>]+)>$/.exec(part);
    if (addressed) {
      const [, name = '', email = ''] = addressed;
      const handle = freebsdHandle(email);
      people.push({
        ...(handle === undefined ? {} : { handle }),
        ...(name.trim() === '' ? {} : { name: name.trim() }),
      });
      continue;
    }
    const handle =
      part.endsWith('@FreeBSD.org') || part.endsWith('@freebsd.org') ? freebsdHandle(part) : undefined;
    if (handle !== undefined) people.push({ handle });
    else if (isHandle(part)) people.push({ handle: part });
    else people.push({ name: part });
  }
  return people;
}

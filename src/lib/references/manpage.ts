/**
 * FreeBSD manual pages: how a reference such as `loader.conf(5)` is written
 * and where it links to.
 */
import { ReferenceSyntaxError } from './errors.ts';

declare const sectionBrand: unique symbol;
/** A manual section, 1 to 9. */
export type ManSection = (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9) & { readonly [sectionBrand]: true };

export interface ManPage {
  readonly name: string;
  readonly section: ManSection;
}

/**
 * A page name: at least two characters, lower-case letters, digits and
 * `_ . + -`, starting with a letter and not ending in `.` or `-` (so `f(2)`
 * in a formula is not a page). Then the section in parentheses. The one
 * pattern, used whole by the parser and inside prose by the scanner.
 */
export const MAN_NAME_PATTERN = '[a-z][a-z0-9_.+-]*[a-z0-9_+]';
export const MAN_PAGE_PATTERN = `(${MAN_NAME_PATTERN})\\(([1-9])\\)`;
const NAME = new RegExp(`^${MAN_NAME_PATTERN}$`);
const WHOLE = new RegExp(`^${MAN_PAGE_PATTERN}$`);

function isManSection(value: number): value is ManSection {
  return Number.isInteger(value) && value >= 1 && value <= 9;
}

export function toManSection(value: number): ManSection {
  if (!isManSection(value)) {
    throw new ReferenceSyntaxError(
      `Invalid manual section ${String(value)}: sections are whole numbers from 1 to 9.`,
    );
  }
  return value;
}

export function toManPage(name: string, section: number): ManPage {
  if (!NAME.test(name)) {
    throw new ReferenceSyntaxError(
      `Invalid manual page name ${JSON.stringify(name)}: use the page's lower-case name, for example loader.conf.`,
    );
  }
  return { name, section: toManSection(section) };
}

/** Parses `dtrace(1)` or `loader.conf(5)`. */
export function parseManPage(text: string): ManPage {
  const match = WHOLE.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new ReferenceSyntaxError(
      `Invalid manual page reference ${JSON.stringify(text)}: write it as name(section), for example xen(4).`,
    );
  }
  return toManPage(match[1], Number(match[2]));
}

export function formatManPage({ name, section }: ManPage): string {
  return `${name}(${String(section)})`;
}

/** The one link to a manual page on the whole site. */
export function manPageUrl({ name, section }: ManPage): string {
  return `https://man.freebsd.org/cgi/man.cgi?query=${encodeURIComponent(name)}&sektion=${String(section)}`;
}

/**
 * FreeBSD manual pages: the one place that knows how a reference such as
 * `loader.conf(5)` is written and where it links to.
 */

declare const sectionBrand: unique symbol;
/** A manual section, 1 to 9. */
export type ManSection = (1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9) & { readonly [sectionBrand]: true };

export interface ManPage {
  readonly name: string;
  readonly section: ManSection;
}

export class ManPageError extends Error {
  override name = 'ManPageError';
}

/** Lower-case letters, digits and `_ . + -`, starting with a letter, not ending in `.` or `-`. */
export const MAN_NAME = /^[a-z][a-z0-9_.+-]*$/;

export function toManSection(value: number): ManSection {
  if (!Number.isInteger(value) || value < 1 || value > 9) {
    throw new ManPageError(
      `Invalid manual section ${String(value)}: sections are whole numbers from 1 to 9.`,
    );
  }
  return value as ManSection;
}

export function toManPage(name: string, section: number): ManPage {
  if (!MAN_NAME.test(name) || /[.-]$/.test(name)) {
    throw new ManPageError(
      `Invalid manual page name ${JSON.stringify(name)}: use the page's lower-case name, for example loader.conf.`,
    );
  }
  return { name, section: toManSection(section) };
}

/** Parses `dtrace(1)` or `loader.conf(5)`. */
export function parseManPage(text: string): ManPage {
  const match = /^(.+)\((\d+)\)$/.exec(text.trim());
  if (!match?.[1] || !match[2]) {
    throw new ManPageError(
      `Invalid manual page reference ${JSON.stringify(text)}: write it as name(section), for example xen(4).`,
    );
  }
  return toManPage(match[1], Number(match[2]));
}

export function formatManPage({ name, section }: ManPage): string {
  return `${name}(${String(section)})`;
}

/** The one link to a manual page on the whole site. */
export function manPageUrl(page: ManPage): string {
  const { name, section } = toManPage(page.name, page.section);
  return `https://man.freebsd.org/cgi/man.cgi?query=${encodeURIComponent(name)}&sektion=${String(section)}`;
}

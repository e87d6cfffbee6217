import { problem, type Rule } from './rule.ts';

/**
 * Characters that are not text: C0 controls but tab, line feed and carriage
 * return (a NUL in a title breaks the XML feed), bidirectional overrides and
 * isolates (which make a reviewer read something else than the build does),
 * zero-width characters (which hide inside identifiers), U+FFFD (what a byte
 * that is not UTF-8 decodes to). A byte order mark at the start is named by
 * validate.ts, which cannot read the file past it.
 */
const NOT_TEXT =
  // eslint-disable-next-line no-control-regex -- control characters are what this rule finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF\uFFFD]/g;

function describe(character: string): { message: string; fix: string } {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (character === '\uFFFD')
    return {
      message: 'not valid UTF-8 here (the bytes decode to U+FFFD)',
      fix: 'save the file as UTF-8, and write the character again',
    };
  if (/[\u202A-\u202E\u2066-\u2069]/.test(character))
    return {
      message: `${code}, a bidirectional control, makes the text read differently from what is stored`,
      fix: 'remove it; write right-to-left text without control characters',
    };
  if (/[\u200B-\u200D\u2060\uFEFF]/.test(character))
    return { message: `${code}, a zero-width character, hides in the text`, fix: 'remove it' };
  return {
    message: `${code}, a control character, is not text`,
    fix: 'remove it (a feed or a page cannot carry it)',
  };
}

/** Every Markdown, MDX and data file is plain UTF-8 text: each character that is not is reported where it is. */
export const text: Rule = {
  name: 'text',
  fieldsOnly: true,
  check: ({ fields }) =>
    fields.flatMap(({ file, text: source }) =>
      [...source.matchAll(NOT_TEXT)].map((match) => {
        const before = source.slice(0, match.index);
        const line = before.split('\n').length;
        const column = match.index - before.lastIndexOf('\n');
        const { message, fix } = describe(match[0]);
        return problem({ file, line, column }, message, fix);
      }),
    ),
};

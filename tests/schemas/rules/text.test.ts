import { describe, expect, it } from 'vitest';
import { text } from '../../../src/schemas/rules/text.ts';
import { edit, fixtureFiles, place, problemsOf } from '../fixture.ts';
import { runRule } from './check.ts';

const HEAD = 'content/changes/base/r100.md';
const SOURCES = 'content/data/sources.json';

describe('the rule that content is plain UTF-8 text', () => {
  runRule(text, [
    {
      name: 'refuses a NUL in a title, where it is',
      change: (files) => edit(files, HEAD, 'Alpha learns', 'Alpha\u0000 learns'),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, '\u0000')}: U+0000, a control character, is not text\n    fix: remove it (a feed or a page cannot carry it)`,
      ],
    },
    {
      name: 'refuses an escape character in a data file',
      change: (files) => edit(files, SOURCES, 'A talk', 'A \u001b[31mtalk'),
      expected: (files) => [
        `${SOURCES}:${place(files, SOURCES, '\u001b')}: U+001B, a control character, is not text\n    fix: remove it (a feed or a page cannot carry it)`,
      ],
    },
    {
      name: 'refuses a bidirectional override in a body',
      change: (files) => edit(files, HEAD, 'The head commit.', 'The \u202Etimmoc\u202C head.'),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, '\u202E')}: U+202E, a bidirectional control, makes the text read differently from what is stored\n    fix: remove it; write right-to-left text without control characters`,
        `${HEAD}:${place(files, HEAD, '\u202C')}: U+202C, a bidirectional control, makes the text read differently from what is stored\n    fix: remove it; write right-to-left text without control characters`,
      ],
    },
    {
      name: 'refuses a zero-width space inside an identifier',
      change: (files) => edit(files, HEAD, 'topics: [alpha]', 'topics: [al\u200Bpha]'),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, '\u200B')}: U+200B, a zero-width character, hides in the text\n    fix: remove it`,
      ],
    },
    {
      name: 'refuses bytes that are not UTF-8 (read as U+FFFD)',
      change: (files) => edit(files, HEAD, 'The head', 'The h\uFFFDad'),
      expected: (files) => [
        `${HEAD}:${place(files, HEAD, '\uFFFD')}: not valid UTF-8 here (the bytes decode to U+FFFD)\n    fix: save the file as UTF-8, and write the character again`,
      ],
    },
    {
      name: 'accepts tabs, carriage returns and any script',
      change: (files) => edit(files, HEAD, 'The head commit.', 'The head\tcommit: Ærø, 日本語, العربية.\r'),
      expected: [],
    },
  ]);
});

describe('a byte order mark', () => {
  it.each([HEAD, SOURCES])('is named as such in %s, once', (file) => {
    const files = fixtureFiles();
    files.set(file, `\uFEFF${files.get(file) ?? ''}`);
    expect(problemsOf(files).filter((line) => line.startsWith(file))).toEqual([
      `${file}:1:1: the file starts with a byte order mark (U+FEFF)\n    fix: save the file as UTF-8 without a byte order mark`,
    ]);
  });
});

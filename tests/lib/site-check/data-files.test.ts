import { describe, expect, it } from 'vitest';
import { jsonProblem, xmlProblem } from '../../../src/lib/site-check/data-files.ts';

describe('xmlProblem', () => {
  it.each([
    ['a NUL in a title', '<rss>\n<title>a\u0000b</title></rss>', '2:9: U+0000 is not allowed in XML'],
    ['an escape character', '<rss><title>\u001b[31m</title></rss>', '1:13: U+001B is not allowed in XML'],
    ['an HTML entity', '<rss><title>a&nbsp;b</title></rss>', '1:14: an & that starts no entity XML defines'],
    ['a bare ampersand', '<rss><title>a & b</title></rss>', '1:15: an & that starts no entity XML defines'],
    ['a tag closed out of order', '<rss><channel></rss>', expect.stringMatching(/^1:\d+: .*channel/)],
  ])('refuses %s', (_, xml, problem) => {
    expect(xmlProblem(xml)).toEqual(problem);
  });

  it('accepts a well-formed feed with the entities XML defines', () => {
    expect(
      xmlProblem(
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss><title>a &amp; b &#233; &lt;c&gt; é 🙂</title></rss>',
      ),
    ).toBeUndefined();
  });
});

describe('jsonProblem', () => {
  it('refuses text that is not JSON, and accepts JSON', () => {
    expect(jsonProblem('{"a": 1,}')).toMatch(/JSON/);
    expect(jsonProblem('{"a": "\\u0000"}')).toBeUndefined();
  });
});

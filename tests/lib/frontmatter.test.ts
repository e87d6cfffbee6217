import { describe, expect, it } from 'vitest';
import { readFrontmatter, readJson } from '../../src/lib/frontmatter.ts';

const FILE = [
  '---',
  'title: Hello r1',
  'date: 2015-07-30',
  'topics:',
  '  - blkfront',
  '  - dom0',
  'people:',
  '  author: [cperciva]',
  '---',
  '',
  'Body r1.',
].join('\n');

describe('readFrontmatter', () => {
  it('parses the YAML block, keeping a date as the text it is', () => {
    expect(readFrontmatter(FILE).data).toEqual({
      title: 'Hello r1',
      date: '2015-07-30',
      topics: ['blkfront', 'dom0'],
      people: { author: ['cperciva'] },
    });
  });

  it.each<[readonly PropertyKey[], { line: number; column: number }]>([
    [['title'], { line: 2, column: 8 }],
    [['topics'], { line: 4, column: 1 }],
    [['topics', 1], { line: 6, column: 5 }],
    [['people', 'author', 0], { line: 8, column: 12 }],
    [['sources'], { line: 1, column: 1 }],
    [['topics', 9], { line: 4, column: 1 }],
  ])('places %j in the whole file', (path, position) => {
    expect(readFrontmatter(FILE).locate(path)).toEqual(position);
  });

  it('gives the body and the line it starts on', () => {
    const { body, bodyLine } = readFrontmatter(FILE);
    expect(body).toBe('\nBody r1.');
    expect(bodyLine).toBe(10);
  });

  it('reports a YAML syntax error with its place in the file', () => {
    const { errors } = readFrontmatter('---\ntitle: ok\ntopics: [a, b\n---\n');
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a key given twice', () => {
    expect(readFrontmatter('---\ntitle: a\ntitle: b\n---\n').errors).toEqual([
      { line: 3, column: 1, message: 'Map keys must be unique' },
    ]);
  });

  it('returns no data for a file without front matter', () => {
    expect(readFrontmatter('# Just Markdown').data).toBeUndefined();
  });
});

describe('readJson', () => {
  const TEXT = '{\n  "a": {\n    "b": [1, "x"]\n  }\n}\n';

  it('parses strict JSON and places its values', () => {
    const json = readJson(TEXT);
    expect(json.data).toEqual({ a: { b: [1, 'x'] } });
    expect(json.locate(['a', 'b', 1])).toEqual({ line: 3, column: 14 });
  });

  it.each([
    ['a trailing comma', '{\n  "a": 1,\n}', 3],
    ['a key without quotes', '{\n  a: 1\n}', 2],
    ['a comment', '{\n  // no\n  "a": 1\n}', 2],
  ])('refuses %s, saying where', (_, text, line) => {
    const json = readJson(text);
    expect(json.data).toBeUndefined();
    expect(json.errors[0]?.line).toBe(line);
  });
});

describe('an alias bomb in front matter', () => {
  it('is a located error, not a stack trace', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const read = readFrontmatter(`---\ntitle: x\n${levels.join('\n')}\n---\nBody.\n`);
    expect(read.data).toBeUndefined();
    expect(read.errors).toEqual([
      {
        line: 4,
        column: 8,
        message:
          'Excessive alias count indicates a resource exhaustion attack: the aliases (*name) expand too far',
      },
    ]);
  });
});

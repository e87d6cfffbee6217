import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';

const FILE = [
  '---',
  'repository: base',
  'revision: 284296',
  'topics:',
  '  - blkfront',
  '  - dom0',
  '---',
  '',
  'Body r1.',
].join('\n');

describe('readFrontmatter', () => {
  it('parses the YAML block', () => {
    expect(readFrontmatter(FILE).data).toEqual({
      repository: 'base',
      revision: 284296,
      topics: ['blkfront', 'dom0'],
    });
  });

  it.each<[readonly PropertyKey[], number]>([
    [['repository'], 2],
    [['revision'], 3],
    [['topics'], 4],
    [['topics', 1], 6],
    [['title'], 1],
    [['topics', 9], 4],
  ])('finds the line of %j in the whole file: %i', (path, line) => {
    expect(readFrontmatter(FILE).lineOf(path)).toBe(line);
  });

  it('gives the body and the line it starts on', () => {
    const { body, bodyLine } = readFrontmatter(FILE);
    expect(body).toBe('\nBody r1.');
    expect(bodyLine).toBe(8);
  });

  it('reports a YAML syntax error with its line in the file', () => {
    const { errors } = readFrontmatter('---\ntitle: ok\ntopics: [a, b\n---\n');
    expect(errors[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('returns no data for a file without front matter', () => {
    expect(readFrontmatter('# Just Markdown').data).toBeUndefined();
  });
});

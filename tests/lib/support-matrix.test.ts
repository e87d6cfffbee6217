import { describe, expect, it } from 'vitest';
import { evidenceMark, seriesCells, spanOfRelease, spanProblems } from '../../src/lib/support-matrix.ts';

const RELEASES = ['9.3', '10.0', '10.1', '10.2', '10.3', '11.0', '11.1'];

describe('spanOfRelease', () => {
  const spans = [
    { until: '10.2', status: 'not-supported' },
    { from: '10.3', status: 'supported' },
  ] as const;

  it.each([
    ['9.3', 0],
    ['10.2', 0],
    ['10.3', 1],
    ['11.1', 1],
  ])('puts %s in run %i', (release, index) => {
    expect(spanOfRelease(spans, release)).toBe(index);
  });

  it('leaves a release no run covers outside every run', () => {
    expect(spanOfRelease([{ from: '11.0', status: 'supported' }], '10.3')).toBeUndefined();
  });
});

describe('seriesCells', () => {
  it('gives each series the runs of its releases, with where each starts and ends', () => {
    const cells = seriesCells(
      [
        { until: '10.2', status: 'not-supported' },
        { from: '10.3', status: 'supported' },
      ],
      RELEASES,
    );
    expect(cells).toEqual([
      { series: 9, parts: [{ status: 'not-supported', from: '9.3', to: '9.3', span: 0 }] },
      {
        series: 10,
        parts: [
          { status: 'not-supported', from: '10.0', to: '10.2', span: 0 },
          { status: 'supported', from: '10.3', to: '10.3', span: 1 },
        ],
      },
      { series: 11, parts: [{ status: 'supported', from: '11.0', to: '11.1', span: 1 }] },
    ]);
  });

  it('orders releases given in any order', () => {
    expect(seriesCells([{ status: 'unknown' }], ['11.0', '9.3']).map((cell) => cell.series)).toEqual([9, 11]);
  });

  it('leaves a series empty where no run covers it', () => {
    expect(seriesCells([{ from: '11.0', status: 'supported' }], RELEASES)[0]?.parts).toEqual([]);
  });
});

describe('spanProblems', () => {
  const releases = new Set(RELEASES);

  it('accepts runs oldest first without overlaps', () => {
    expect(
      spanProblems(
        [
          { until: '10.2', status: 'x' },
          { from: '10.3', until: '11.0', status: 'y' },
          { from: '11.1', status: 'z' },
        ],
        releases,
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown release', [{ from: '10.5', status: 'x' }], 'unknown release "10.5"'],
    [
      'a run that ends before it starts',
      [{ from: '11.0', until: '10.3', status: 'x' }],
      'the run starts (11.0) after it ends (10.3)',
    ],
    [
      'overlapping runs',
      [
        { until: '10.3', status: 'x' },
        { from: '10.3', status: 'y' },
      ],
      'runs overlap',
    ],
    ['an open run before another', [{ status: 'x' }, { from: '11.0', status: 'y' }], 'runs overlap'],
  ])('reports %s', (_, spans, message) => {
    expect(
      spanProblems(spans, releases)
        .map((problem) => problem.message)
        .join(' '),
    ).toContain(message);
  });
});

describe('evidenceMark', () => {
  const primary = { strength: 'primary' } as const;
  const supplementary = { strength: 'supplementary' } as const;

  it.each([
    ['supported', [primary, supplementary], 'primary'],
    ['removed', [supplementary, primary], 'primary'],
    ['not-supported', [supplementary], 'supplementary'],
    ['supported', [], 'none'],
    ['unknown', [primary], 'none'],
    ['unknown', [supplementary], 'none'],
    ['unknown', [], 'none'],
  ] as const)('marks a %s run backed by %j as %s', (status, evidence, mark) => {
    expect(evidenceMark(status, evidence)).toBe(mark);
  });
});

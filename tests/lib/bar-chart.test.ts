import { describe, expect, it } from 'vitest';
import {
  BAR_SLOT,
  chartWidth,
  DEFAULT_MARGINS,
  formatNumber,
  layoutBarChart,
  niceAxis,
  wrapLabel,
  type BarDatum,
} from '../../src/lib/bar-chart.ts';

const SIZE = { width: 640, height: 360 } as const;
const NETFRONT: BarDatum[] = [
  { label: '1 queue', value: 5.8 },
  { label: '4 queues', value: 11.2 },
];
const LOCKS: BarDatum[] = [
  { label: 'Before the lock changes', value: 15 },
  { label: 'After the lock changes', value: 48 },
];

describe('niceAxis', () => {
  it.each([
    { max: 11.2, ticks: [0, 2, 4, 6, 8, 10, 12] },
    { max: 48, ticks: [0, 10, 20, 30, 40, 50] },
    { max: 50, ticks: [0, 10, 20, 30, 40, 50] },
    { max: 5.8, ticks: [0, 1, 2, 3, 4, 5, 6] },
    { max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { max: 0.3, ticks: [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3] },
    { max: 900, ticks: [0, 200, 400, 600, 800, 1000] },
  ])('gives round ticks from 0 that cover a maximum of $max', ({ max, ticks }) => {
    const axis = niceAxis(max);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.max).toBe(ticks.at(-1));
    expect(axis.max).toBeGreaterThanOrEqual(max);
  });

  it.each([0.7, 3, 11.2, 17, 48, 99.9, 12345])(
    'spaces the ticks for a maximum of %s evenly by the step',
    (max) => {
      const { ticks, step } = niceAxis(max);
      expect(ticks[0]).toBe(0);
      ticks.slice(1).forEach((tick, i) => {
        expect(tick - (ticks[i] ?? Number.NaN)).toBeCloseTo(step, 9);
      });
      // Never more than one whole step of empty space above the maximum.
      expect(niceAxis(max).max - max).toBeLessThan(step);
    },
  );

  it('gives a unit axis when every value is zero', () => {
    expect(niceAxis(0)).toEqual({ max: 1, step: 1, ticks: [0, 1] });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects a maximum of %s', (max) => {
    expect(() => niceAxis(max)).toThrow(/finite number of at least 0/);
  });
});

describe('layoutBarChart', () => {
  it.each([
    { name: 'netfront queues', bars: NETFRONT, axisMax: 12 },
    { name: 'lock changes', bars: LOCKS, axisMax: 50 },
  ])('makes bar heights proportional to their values for $name', ({ bars, axisMax }) => {
    const layout = layoutBarChart(bars, SIZE);
    expect(layout.axisMax).toBe(axisMax);
    for (const bar of layout.bars) {
      expect(bar.height).toBeCloseTo((bar.value / axisMax) * layout.plot.height, 9);
    }
    const [first, second] = layout.bars;
    expect((second?.height ?? 0) / (first?.height ?? 1)).toBeCloseTo(
      (bars[1]?.value ?? 0) / (bars[0]?.value ?? 1),
      9,
    );
  });

  it('stands every bar on the baseline and keeps it inside the plot', () => {
    const { plot, bars } = layoutBarChart(LOCKS, SIZE);
    for (const bar of bars) {
      expect(bar.y + bar.height).toBeCloseTo(plot.y + plot.height, 9);
      expect(bar.y).toBeGreaterThanOrEqual(plot.y);
      expect(bar.x).toBeGreaterThanOrEqual(plot.x);
      expect(bar.x + bar.width).toBeLessThanOrEqual(plot.x + plot.width);
    }
  });

  it('places bars left to right in data order without overlapping', () => {
    const bars = [1, 2, 3, 4, 5].map((value) => ({ label: `b${String(value)}`, value }));
    const laidOut = layoutBarChart(bars, SIZE).bars;
    laidOut.slice(1).forEach((bar, i) => {
      const previous = laidOut[i];
      expect(bar.x).toBeGreaterThan((previous?.x ?? 0) + (previous?.width ?? 0));
    });
  });

  it('gives a zero value zero height, sitting on the baseline', () => {
    const { plot, bars } = layoutBarChart(
      [
        { label: 'none', value: 0 },
        { label: 'some', value: 3 },
      ],
      SIZE,
    );
    expect(bars[0]?.height).toBe(0);
    expect(bars[0]?.y).toBe(plot.y + plot.height);
  });

  it('draws an all-zero chart with flat bars and a 0 to 1 axis', () => {
    const layout = layoutBarChart([{ label: 'a', value: 0 }], SIZE);
    expect(layout.bars[0]?.height).toBe(0);
    expect(layout.ticks.map((tick) => tick.value)).toEqual([0, 1]);
  });

  it('puts tick 0 on the baseline and the top tick at the top of the plot, labelled', () => {
    const { plot, ticks } = layoutBarChart(NETFRONT, SIZE);
    expect(ticks[0]).toEqual({ value: 0, label: '0', y: plot.y + plot.height });
    expect(ticks.at(-1)).toEqual({ value: 12, label: '12', y: plot.y });
    expect(ticks.map((tick) => tick.label)).toEqual(['0', '2', '4', '6', '8', '10', '12']);
  });

  it('prints each value centred just above its bar, and each name centred below the axis', () => {
    const { plot, bars } = layoutBarChart(NETFRONT, SIZE);
    for (const bar of bars) {
      expect(bar.valueLabel.x).toBeCloseTo(bar.x + bar.width / 2, 9);
      expect(bar.valueLabel.y).toBeLessThan(bar.y);
      expect(bar.valueLabel.y).toBeGreaterThan(0);
      expect(bar.categoryLabel.x).toBeCloseTo(bar.valueLabel.x, 9);
      expect(bar.categoryLabel.y).toBeGreaterThan(plot.y + plot.height);
      expect(bar.categoryLabel.y).toBeLessThan(SIZE.height);
    }
  });

  it('uses the default margins unless told otherwise', () => {
    expect(layoutBarChart(NETFRONT, SIZE).plot).toEqual({
      x: DEFAULT_MARGINS.left,
      y: DEFAULT_MARGINS.top,
      width: SIZE.width - DEFAULT_MARGINS.left - DEFAULT_MARGINS.right,
      height: SIZE.height - DEFAULT_MARGINS.top - DEFAULT_MARGINS.bottom,
    });
    const margins = { top: 10, right: 10, bottom: 10, left: 10 };
    expect(layoutBarChart(NETFRONT, { ...SIZE, margins }).plot).toEqual({
      x: 10,
      y: 10,
      width: 620,
      height: 340,
    });
  });

  it.each([
    { name: 'no bars', bars: [], message: /no bars: give at least one/ },
    {
      name: 'a negative value',
      bars: [{ label: 'loss', value: -2 }],
      message: /"loss" has negative value -2/,
    },
    { name: 'a NaN value', bars: [{ label: 'odd', value: Number.NaN }], message: /"odd" has value NaN/ },
    {
      name: 'an infinite value',
      bars: [{ label: 'big', value: Number.POSITIVE_INFINITY }],
      message: /"big" has value Infinity/,
    },
  ])('rejects $name with a message naming the problem', ({ bars, message }) => {
    expect(() => layoutBarChart(bars, SIZE)).toThrow(message);
  });

  it('rejects a size too small for its margins', () => {
    expect(() => layoutBarChart(NETFRONT, { width: 50, height: 50 })).toThrow(/no room to plot/);
  });
});

describe('wrapLabel', () => {
  it.each([
    { text: '1 queue', max: 20, lines: ['1 queue'] },
    { text: 'Before the lock changes', max: 12, lines: ['Before the', 'lock changes'] },
    { text: '  spaced   out  ', max: 40, lines: ['spaced out'] },
    { text: 'unbreakable-long-word', max: 5, lines: ['unbreakable-long-word'] },
  ])('wraps "$text" at $max characters between words', ({ text, max, lines }) => {
    expect(wrapLabel(text, max)).toEqual(lines);
  });
});

describe('formatNumber', () => {
  it.each([
    { n: 0.1 + 0.2, text: '0.3' },
    { n: 11.2, text: '11.2' },
    { n: 50, text: '50' },
  ])('prints $n as $text', ({ n, text }) => {
    expect(formatNumber(n)).toBe(text);
  });
});

describe('chartWidth', () => {
  it.each([1, 2, 3, 6])('gives %i bars the side margins plus one slot each', (bars) => {
    expect(chartWidth(bars)).toBe(DEFAULT_MARGINS.left + DEFAULT_MARGINS.right + bars * BAR_SLOT);
  });

  it('draws a two-bar chart narrow enough to fit 328 px with its 15-unit labels at 12 px or more', () => {
    expect((328 / chartWidth(2)) * 15).toBeGreaterThanOrEqual(12);
  });

  it('leaves each bar room for a wrapped label of two words', () => {
    const layout = layoutBarChart(LOCKS, { width: chartWidth(LOCKS.length), height: 360 });
    for (const bar of layout.bars) expect(bar.categoryLabel.lines.length).toBeLessThanOrEqual(2);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s bars', (bars) => {
    expect(() => chartWidth(bars)).toThrow(/whole number of bars/);
  });
});

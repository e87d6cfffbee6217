/**
 * Geometry for the site's bar charts, computed at build time: a "nice" value
 * axis, bar rectangles and label positions in SVG user units. Pure: no Astro,
 * no DOM, so every number here is unit-tested.
 */

export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

export interface Margins {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface BarChartOptions {
  /** Width and height of the whole SVG viewBox. */
  readonly width: number;
  readonly height: number;
  readonly margins?: Margins;
  /** Share of each bar's slot the bar fills, between 0 and 1. */
  readonly barShare?: number;
  /** How far above a bar its value is printed. */
  readonly valueGap?: number;
  /** Font size used to estimate how many characters fit under a bar. */
  readonly fontSize?: number;
  /** About how many intervals the value axis should have. */
  readonly targetTicks?: number;
}

export interface Tick {
  readonly value: number;
  readonly label: string;
  readonly y: number;
}

export interface BarLayout {
  readonly label: string;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Where the value is printed: centred above the bar. */
  readonly valueLabel: { readonly x: number; readonly y: number };
  /** Where the category name is printed, one line per entry, below the axis. */
  readonly categoryLabel: { readonly x: number; readonly y: number; readonly lines: readonly string[] };
}

export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  /** The plotting area: the value axis runs up its left edge, the baseline along its bottom. */
  readonly plot: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly axisMax: number;
  readonly ticks: readonly Tick[];
  readonly bars: readonly BarLayout[];
}

export const DEFAULT_MARGINS: Margins = { top: 40, right: 16, bottom: 64, left: 80 };

/** Room each bar takes across a chart, in SVG units: a 15-unit label wraps in it to about 16 characters a line. */
export const BAR_SLOT = 152;

/**
 * How wide a chart of `barCount` bars is drawn, in SVG units: the side margins
 * plus one slot per bar. A chart is as wide as its bars need, so a two-bar
 * chart (400 units) fits a 328 px phone column at 0.82 scale, its 15-unit
 * labels still above 12 px, where a fixed 640-unit chart would scroll.
 */
export function chartWidth(barCount: number, margins: Margins = DEFAULT_MARGINS): number {
  if (!Number.isInteger(barCount) || barCount < 1) {
    throw new RangeError(
      `chartWidth: a chart needs a whole number of bars, at least 1, got ${String(barCount)}`,
    );
  }
  return margins.left + margins.right + BAR_SLOT * barCount;
}

const NICE_STEPS = [1, 2, 2.5, 5, 10] as const;

/** Rounds away binary floating-point noise, such as 0.30000000000000004. */
function clean(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

/** A tick or value as printed: no trailing zeros, no exponent for ordinary numbers. */
export function formatNumber(n: number): string {
  return String(clean(n));
}

/**
 * A value axis from 0 that covers `max` in about `targetTicks` equal steps of
 * 1, 2, 2.5 or 5 times a power of ten: 11.2 gives 0, 2, … 12; 48 gives 0, 10, … 50.
 */
export function niceAxis(max: number, targetTicks = 6): { max: number; step: number; ticks: number[] } {
  if (!Number.isFinite(max) || max < 0) {
    throw new RangeError(`niceAxis: the maximum must be a finite number of at least 0, got ${String(max)}`);
  }
  if (!Number.isInteger(targetTicks) || targetTicks < 1) {
    throw new RangeError(`niceAxis: targetTicks must be a positive integer, got ${String(targetTicks)}`);
  }
  if (max === 0) return { max: 1, step: 1, ticks: [0, 1] };
  const rough = max / targetTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const factor = NICE_STEPS.find((candidate) => candidate * magnitude >= rough * (1 - 1e-9)) ?? 10;
  const step = clean(factor * magnitude);
  const count = Math.ceil(clean(max / step));
  const ticks = Array.from({ length: count + 1 }, (_, i) => clean(i * step));
  return { max: clean(count * step), step, ticks };
}

/** Splits text into lines of at most `maxChars` characters, breaking between words where it can. */
export function wrapLabel(text: string, maxChars: number): string[] {
  const limit = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (candidate.length <= limit || line === '') {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function validate(bars: readonly BarDatum[], options: BarChartOptions, margins: Margins): void {
  if (bars.length === 0) {
    throw new RangeError('Bar chart has no bars: give at least one { label, value }.');
  }
  for (const bar of bars) {
    if (!Number.isFinite(bar.value)) {
      throw new RangeError(
        `Bar "${bar.label}" has value ${String(bar.value)}: values must be finite numbers.`,
      );
    }
    if (bar.value < 0) {
      throw new RangeError(
        `Bar "${bar.label}" has negative value ${String(bar.value)}: bar charts here start at 0.`,
      );
    }
  }
  const plotWidth = options.width - margins.left - margins.right;
  const plotHeight = options.height - margins.top - margins.bottom;
  if (!(plotWidth > 0 && plotHeight > 0)) {
    throw new RangeError(
      `Bar chart of ${String(options.width)}×${String(options.height)} leaves no room to plot inside its margins.`,
    );
  }
  const share = options.barShare ?? 0.6;
  if (!(share > 0 && share <= 1)) {
    throw new RangeError(`barShare must be in (0, 1], got ${String(share)}.`);
  }
}

/** Lays out a vertical bar chart with a value axis starting at 0. */
export function layoutBarChart(bars: readonly BarDatum[], options: BarChartOptions): BarChartLayout {
  const margins = options.margins ?? DEFAULT_MARGINS;
  validate(bars, options, margins);
  const fontSize = options.fontSize ?? 15;
  const valueGap = options.valueGap ?? 8;
  const plot = {
    x: margins.left,
    y: margins.top,
    width: options.width - margins.left - margins.right,
    height: options.height - margins.top - margins.bottom,
  };
  const baseline = plot.y + plot.height;
  const axis = niceAxis(Math.max(...bars.map((bar) => bar.value)), options.targetTicks);
  const yFor = (value: number): number => baseline - (value / axis.max) * plot.height;

  const ticks = axis.ticks.map((value) => ({ value, label: formatNumber(value), y: yFor(value) }));
  const slot = plot.width / bars.length;
  const barWidth = slot * (options.barShare ?? 0.6);
  // A character is about 0.55em wide in the site's sans-serif font.
  const charsPerLine = (slot - 8) / (fontSize * 0.55);

  const laidOut = bars.map((bar, i) => {
    const centre = plot.x + slot * (i + 0.5);
    const height = (bar.value / axis.max) * plot.height;
    const y = baseline - height;
    return {
      label: bar.label,
      value: bar.value,
      x: centre - barWidth / 2,
      y,
      width: barWidth,
      height,
      valueLabel: { x: centre, y: y - valueGap },
      categoryLabel: { x: centre, y: baseline + fontSize * 1.5, lines: wrapLabel(bar.label, charsPerLine) },
    };
  });

  return { width: options.width, height: options.height, plot, axisMax: axis.max, ticks, bars: laidOut };
}

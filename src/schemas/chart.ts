import { z } from 'astro/zod';
import { slug, sourceId, text } from './fields.ts';

export const barSchema = z.strictObject({
  label: text(),
  value: z.number().nonnegative({ error: 'bar values start at 0: a bar chart cannot show a negative value' }),
});

/** One bar chart, keyed by the id that <Chart id="…" /> takes. */
export const chartSchema = z.strictObject({
  title: text(),
  /** Unit of every value, such as "Gb/s"; printed on the axis and after each value. */
  unit: text(),
  /** What the value axis measures, such as "Throughput"; the unit is added after it. */
  axisLabel: text().optional(),
  bars: z.array(barSchema).min(1, { error: 'a chart needs at least one bar' }),
  /** Conditions of the measurement, shown under the chart. */
  note: text().optional(),
  source: sourceId,
});

/** content/data/charts.json. */
export const chartsSchema = z.record(slug, chartSchema);

export type Chart = z.infer<typeof chartSchema>;
export type Bar = z.infer<typeof barSchema>;

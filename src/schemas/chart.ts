import { z } from 'astro/zod';
import chartData from '../../content/data/charts.json' with { type: 'json' };
import { sourceIdSchema } from './source.ts';

export const barSchema = z.strictObject({
  label: z.string().trim().min(1),
  value: z.number().nonnegative({ error: 'bar values start at 0: a bar chart cannot show a negative value' }),
});

/** One bar chart: content/data/charts.json, keyed by the id that <Chart id="…" /> takes. */
export const chartSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Unit of every value, such as "Gb/s"; printed on the axis and after each value. */
  unit: z.string().trim().min(1),
  /** What the value axis measures, such as "Throughput"; the unit is added after it. */
  axisLabel: z.string().trim().min(1).optional(),
  bars: z.array(barSchema).min(1, { error: 'a chart needs at least one bar' }),
  /** Conditions of the measurement, shown under the chart. */
  note: z.string().trim().min(1).optional(),
  source: sourceIdSchema,
});

export type Chart = z.infer<typeof chartSchema>;
export type Bar = z.infer<typeof barSchema>;

export const chartIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'chart ids are kebab-case, such as "netfront-queues"',
});

/** Every chart on the site, by id. */
export const CHARTS: Readonly<Record<string, Chart>> = z.record(chartIdSchema, chartSchema).parse(chartData);

/** The chart with this id, or an error that lists the ids there are. */
export function getChart(id: string): Chart {
  const chart = Object.hasOwn(CHARTS, id) ? CHARTS[id] : undefined;
  if (!chart) {
    throw new Error(
      `Unknown chart id ${JSON.stringify(id)}: add it to content/data/charts.json or use one of ${Object.keys(
        CHARTS,
      )
        .map((key) => JSON.stringify(key))
        .join(', ')}.`,
    );
  }
  return chart;
}

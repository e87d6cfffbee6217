import { z } from 'astro/zod';
import { sourceId } from './fields.ts';

/** How one part of a guest is virtualised, as abbreviated on the talk's slide. */
export const TECHNIQUES = ['VS', 'VH', 'PV'] as const;
export const techniqueSchema = z.enum(TECHNIQUES, {
  error: (issue) =>
    issue.input === undefined
      ? 'every row needs a value for every column: this one is missing; write "VS", "VH" or "PV"'
      : `a cell is "VS", "VH" or "PV", got ${JSON.stringify(issue.input)}`,
});
export type Technique = z.infer<typeof techniqueSchema>;

/** The parts of a guest the slide's columns name. */
export const ASPECT_IDS = [
  'disk-network',
  'interrupts-timers',
  'motherboard',
  'privileged-page-tables',
] as const;
export const aspectIdSchema = z.enum(ASPECT_IDS);
export type AspectId = z.infer<typeof aspectIdSchema>;

/** A cell is a bare "VS" | "VH" | "PV", or that value with a note on how the slide shows it. */
export const spectrumCellSchema = z
  .union([techniqueSchema, z.strictObject({ value: techniqueSchema, note: z.string().trim().min(1) })], {
    error: (issue) =>
      issue.input === undefined
        ? 'every row needs a value for every column: this one is missing; write "VS", "VH" or "PV"'
        : `a cell is "VS", "VH" or "PV", or { "value": one of those, "note": "…" }; got ${JSON.stringify(issue.input)}`,
  })
  .transform((cell): { value: Technique; note: string | undefined } =>
    typeof cell === 'string' ? { value: cell, note: undefined } : cell,
  );
export type SpectrumCell = z.infer<typeof spectrumCellSchema>;

export const virtualizationSpectrumSchema = z
  .strictObject({
    caption: z.string().trim().min(1),
    source: sourceId,
    /** What each abbreviation stands for; exhaustive. */
    legend: z.record(techniqueSchema, z.string().trim().min(1)),
    columns: z.array(z.strictObject({ id: aspectIdSchema, label: z.string().trim().min(1) })),
    rows: z
      .array(
        z.strictObject({
          mode: z.string().trim().min(1),
          /** Exhaustive: a row missing a column, or naming an unknown one, fails validation. */
          cells: z.record(aspectIdSchema, spectrumCellSchema),
        }),
      )
      .min(1),
  })
  .superRefine((table, ctx) => {
    for (const id of ASPECT_IDS) {
      const count = table.columns.filter((column) => column.id === id).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns'],
          message: `column "${id}" must appear exactly once in columns, found ${String(count)}`,
        });
      }
    }
    const seen = new Set<string>();
    table.rows.forEach((row, i) => {
      if (seen.has(row.mode)) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'mode'], message: `"${row.mode}" has two rows` });
      }
      seen.add(row.mode);
    });
  });

export type VirtualizationSpectrum = z.infer<typeof virtualizationSpectrumSchema>;

import { z } from 'astro/zod';
import { slug, sourceId } from './fields.ts';

/** The talk's columns, one per way of running a guest on Xen. */
export const GUEST_MODE_IDS = ['pv', 'pvh', 'pvhvm', 'hvm-pv-drivers', 'hvm'] as const;
export const guestModeIdSchema = z.enum(GUEST_MODE_IDS);
export type GuestModeId = z.infer<typeof guestModeIdSchema>;

export const supportSchema = z.enum(['yes', 'no'], {
  error: (issue) =>
    issue.input === undefined
      ? 'every row needs a value for every column: this one is missing; write "yes" or "no"'
      : `support is "yes" or "no", got ${JSON.stringify(issue.input)}`,
});
export type Support = z.infer<typeof supportSchema>;

export const guestModeColumnSchema = z.strictObject({
  id: guestModeIdSchema,
  /** The header as the talk prints it, without any footnote mark. */
  label: z.string().trim().min(1),
  /** A footnote mark the talk puts on the header, such as "*". */
  mark: z.string().trim().min(1).optional(),
  /** The footnote itself, rendered under the table. */
  note: z.string().trim().min(1).optional(),
  /** A topic page to read more, linked at the end of the note. */
  see: z.strictObject({ topic: slug, text: z.string().trim().min(1) }).optional(),
});

export const guestSupportRowSchema = z.strictObject({
  os: z.string().trim().min(1),
  /** Exhaustive: a row missing a column, or naming an unknown one, fails validation. */
  support: z.record(guestModeIdSchema, supportSchema),
});

export const guestSupportSchema = z
  .strictObject({
    caption: z.string().trim().min(1),
    source: sourceId,
    columns: z.array(guestModeColumnSchema),
    rows: z.array(guestSupportRowSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const ids = table.columns.map((column) => column.id);
    for (const id of GUEST_MODE_IDS) {
      const count = ids.filter((other) => other === id).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns'],
          message: `column "${id}" must appear exactly once in columns, found ${String(count)}`,
        });
      }
    }
    table.columns.forEach((column, i) => {
      if ((column.mark === undefined) !== (column.note === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['columns', i],
          message: `column "${column.id}" needs both a mark and a note, or neither`,
        });
      }
    });
    const seen = new Set<string>();
    table.rows.forEach((row, i) => {
      if (seen.has(row.os)) {
        ctx.addIssue({ code: 'custom', path: ['rows', i, 'os'], message: `"${row.os}" has two rows` });
      }
      seen.add(row.os);
    });
  });

export type GuestSupport = z.infer<typeof guestSupportSchema>;
export type GuestModeColumn = z.infer<typeof guestModeColumnSchema>;

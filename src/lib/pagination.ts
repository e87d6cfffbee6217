/** How many rows a page of a long list shows: every list page stays small however large the archive grows. */
export const PAGE_SIZE = 50;

/**
 * How many of a long list a page about something else shows (a topic's, a release's or a person's
 * changes), newest first, before a link to the whole list.
 */
export const PREVIEW_SIZE = 10;

/** How many of a topic's changes its history names under each release before a link to the rest. */
export const HISTORY_PER_RELEASE = 5;

/**
 * Where a page's rows sit in the whole list, for its heading: `No changes`,
 * `The one change`, `All 12 changes`, or `Changes 51–100 of 240`.
 */
export function pageRange(
  start: number,
  end: number,
  total: number,
  singular: string,
  pluralForm = `${singular}s`,
): string {
  if (total === 0) return `No ${pluralForm}`;
  if (total === 1) return `The one ${singular}`;
  if (start === 0 && end + 1 >= total) return `All ${String(total)} ${pluralForm}`;
  return `${pluralForm[0]?.toUpperCase() ?? ''}${pluralForm.slice(1)} ${String(start + 1)}–${String(end + 1)} of ${String(total)}`;
}

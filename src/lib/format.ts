/** A word count with its noun: `1 change`, `3 changes`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${String(count)} ${count === 1 ? singular : pluralForm}`;
}

const LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** An English list with the serial comma: `a and b`, `a, b, and c`. */
export function listText(items: readonly string[]): string {
  return LIST.format(items);
}

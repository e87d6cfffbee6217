const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `30 July 2015`: dates on the site are read in UTC so every build prints the same. */
export function formatDate(date: Date): string {
  return DATE.format(date);
}

/** A word count with its noun: `1 change`, `3 changes`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${String(count)} ${count === 1 ? singular : pluralForm}`;
}

import { describe, expect, it } from 'vitest';
import { listText, plural } from '../../src/lib/format.ts';

describe('plural', () => {
  it.each([
    { count: 0, singular: 'change', pluralForm: undefined, expected: '0 changes' },
    { count: 1, singular: 'change', pluralForm: undefined, expected: '1 change' },
    { count: 2, singular: 'advisory', pluralForm: 'advisories', expected: '2 advisories' },
  ])('counts $count $singular as "$expected"', ({ count, singular, pluralForm, expected }) => {
    expect(plural(count, singular, pluralForm)).toBe(expected);
  });
});

describe('listText', () => {
  it.each([
    [['date'], 'date'],
    [['subject', 'date'], 'subject and date'],
    [['subject', 'author', 'date'], 'subject, author, and date'],
  ])('joins %j as "%s"', (items, expected) => {
    expect(listText(items)).toBe(expected);
  });
});

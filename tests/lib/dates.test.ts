import { describe, expect, it } from 'vitest';
import { compareIsoDates, formatDate, isCalendarDay, todayIso } from '../../src/lib/dates.ts';

describe('isCalendarDay', () => {
  it.each(['2015-07-30', '2016-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (text) => {
    expect(isCalendarDay(text)).toBe(true);
  });

  it.each([
    ['31 April', '2016-04-31'],
    ['29 February of a common year', '2015-02-29'],
    ['29 February 1900', '1900-02-29'],
    ['month 13', '2016-13-01'],
    ['day 0', '2016-01-00'],
    ['a bare year', '2015'],
    ['a timestamp', '1438214400'],
    ['another order', '30-07-2015'],
    ['a time of day', '2015-07-30T00:00:00Z'],
  ])('rejects %s (%s)', (_, text) => {
    expect(isCalendarDay(text)).toBe(false);
  });
});

describe('formatDate and todayIso', () => {
  it('writes a day in UTC whatever the time zone', () => {
    expect(formatDate('2015-07-30')).toBe('30 July 2015');
  });

  it('reads today in UTC', () => {
    expect(todayIso(new Date('2026-12-02T23:59:59Z'))).toBe('2026-12-02');
  });

  it('orders ISO days as time goes', () => {
    expect(['2016-10-10', '2015-07-30', '2016-04-04'].sort(compareIsoDates)).toEqual([
      '2015-07-30',
      '2016-04-04',
      '2016-10-10',
    ]);
  });
});

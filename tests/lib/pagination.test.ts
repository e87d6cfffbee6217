import { describe, expect, it } from 'vitest';
import { pageRange } from '../../src/lib/pagination.ts';

describe('pageRange', () => {
  it.each([
    [0, -1, 0, 'No changes'],
    [0, 0, 1, 'The one change'],
    [0, 11, 12, 'All 12 changes'],
    [0, 49, 240, 'Changes 1–50 of 240'],
    [50, 99, 240, 'Changes 51–100 of 240'],
    [200, 239, 240, 'Changes 201–240 of 240'],
  ])('rows %i to %i of %i read "%s"', (start, end, total, expected) => {
    expect(pageRange(start, end, total, 'change')).toBe(expected);
  });

  it('takes an irregular plural', () => {
    expect(pageRange(0, 2, 3, 'advisory', 'advisories')).toBe('All 3 advisories');
  });
});

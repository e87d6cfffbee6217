import { describe, expect, it } from 'vitest';
import { parseReview, reviewUrl } from '../../../src/lib/references/review.ts';

describe('Differential reviews', () => {
  it('links a review id to its Phabricator page', () => {
    expect(reviewUrl(parseReview('D3805'))).toBe('https://reviews.freebsd.org/D3805');
  });

  it.each(['3805', 'd3805', 'D0', 'D38a', 'D', ''])('rejects %j, showing the expected form', (id) => {
    expect(() => parseReview(id)).toThrow(/for example D3805/);
  });
});

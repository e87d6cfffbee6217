/** Phabricator code reviews (Differential revisions) such as D3805. */
import { ReferenceSyntaxError } from './errors.ts';

declare const reviewBrand: unique symbol;
export type ReviewId = string & { readonly [reviewBrand]: true };

/** The one pattern of a review id. */
export const REVIEW_PATTERN = 'D[1-9][0-9]*';
const WHOLE = new RegExp(`^${REVIEW_PATTERN}$`);

function isReviewId(text: string): text is ReviewId {
  return WHOLE.test(text);
}

export function parseReview(text: string): ReviewId {
  const trimmed = text.trim();
  if (!isReviewId(trimmed)) {
    throw new ReferenceSyntaxError(
      `Invalid review id ${JSON.stringify(text)}: a Differential review is "D" followed by its number, for example D3805.`,
    );
  }
  return trimmed;
}

export function reviewUrl(id: ReviewId): string {
  return `https://reviews.freebsd.org/${id}`;
}

/** Thrown for a value that is not a well-formed reference of its kind: the message says the expected form. */
export class ReferenceSyntaxError extends Error {
  override name = 'ReferenceSyntaxError';
}

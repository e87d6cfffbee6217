/** A problem with the import's input: what is wrong, and what to do about it. Nothing has been written. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

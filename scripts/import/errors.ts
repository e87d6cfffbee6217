/** A problem with the import's input: what is wrong, and what to do about it. Nothing has been written. */
export class ImportError extends Error {
  readonly fix: string;

  constructor(message: string, fix: string) {
    super(message);
    this.fix = fix;
    this.name = 'ImportError';
  }
}

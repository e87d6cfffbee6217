import { withBase } from './paths.ts';

/** A site path under the configured base (import.meta.env.BASE_URL, set from BASE_PATH). */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

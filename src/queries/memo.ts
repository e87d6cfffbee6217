import { currentContent } from '../loaders/content-index.ts';

/**
 * Remembers a query's answer for as long as the content it was computed
 * from: a build computes each once, and the dev server again after every
 * change to content/.
 */
export function memo<T>(compute: () => T): () => T {
  const answers = new WeakMap<object, T>();
  return () => {
    const content = currentContent();
    const known = answers.get(content);
    if (known !== undefined) return known;
    const answer = compute();
    answers.set(content, answer);
    return answer;
  };
}

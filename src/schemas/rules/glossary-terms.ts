import type { ContentProblem } from '../../lib/content-error.ts';
import { problem, type Rule } from './rule.ts';

/** One glossary entry per term or alias, whatever the case or the file. */
export const glossaryTerms: Rule = {
  name: 'glossary-terms',
  check: ({ content, at }) => {
    const terms = new Map<string, string>();
    const problems: ContentProblem[] = [];
    for (const entry of content.glossary) {
      [entry.data.term, ...entry.data.aka].forEach((name, i) => {
        const key = name.toLocaleLowerCase('en');
        const earlier = terms.get(key);
        if (earlier !== undefined && earlier !== entry.file)
          problems.push(
            problem(
              at(entry.file, i === 0 ? ['term'] : ['aka', i - 1]),
              `the term "${name}" is also defined by ${earlier}`,
              'define each term once: merge the entries, or keep the name in one of them',
            ),
          );
        terms.set(key, entry.file);
      });
    }
    return problems;
  },
};

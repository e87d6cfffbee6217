import { problem, type Rule } from './rule.ts';

/** `verified: true` needs a source besides the talk that ties the commit to its content. */
export const verifiedSource: Rule = {
  name: 'verified-source',
  check: ({ content, at }) =>
    content.changes
      .filter(({ data }) => data.verified && data.sources.every((id) => id === 'talk'))
      .map(({ file }) =>
        problem(
          at(file, ['verified']),
          'verified: true, but the talk is the only source',
          'add the source that ties the commit to its content, or set verified: false',
        ),
      ),
};

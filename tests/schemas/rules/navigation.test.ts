import { describe } from 'vitest';
import { navigation } from '../../../src/schemas/rules/navigation.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const NAV = 'content/data/topics.json';

/** A `line:column` moved right by some columns. */
function after(at: string, columns: number): string {
  const [line, column] = at.split(':');
  return `${line ?? ''}:${String(Number(column) + columns)}`;
}

describe('the navigation rule', () => {
  runRule(navigation, [
    {
      name: 'names a listed slug without its page',
      change: (files) => edit(files, NAV, '"beta"', '"beta",\n "gamma"'),
      expected: (files) => [
        `${NAV}:${place(files, NAV, '"gamma"')}: lists "gamma", but content/topics/gamma.mdx does not exist\n    fix: add the page or remove the slug`,
      ],
    },
    {
      name: 'names a topic listed in two groups',
      change: (files) => edit(files, NAV, '"beta"', '"beta", "alpha"'),
      expected: (files) => [
        // The second "alpha": just after the '"beta", ' the change wrote.
        `${NAV}:${after(place(files, NAV, '"beta", "alpha"'), '"beta", '.length)}: lists "alpha" twice\n    fix: keep the topic in one group`,
      ],
    },
    {
      name: 'names a topic page no group lists',
      change: (files) => files.set('content/topics/gamma.mdx', files.get('content/topics/beta.mdx') ?? ''),
      expected: [
        'content/topics/gamma.mdx:1: the topic is not listed in content/data/topics.json\n    fix: add "gamma" to a group there',
      ],
    },
    {
      name: 'keeps a topic with a bad field known, so its listing is no error',
      change: (files) => edit(files, 'content/topics/beta.mdx', 'title: Beta', 'title: 7'),
      expected: [],
    },
  ]);
});

import { describe } from 'vitest';
import { primaryPublisher } from '../../../src/schemas/rules/primary-publisher.ts';
import { edit, place } from '../fixture.ts';
import { runRule } from './check.ts';

const SOURCES = 'content/data/sources.json';

describe('the rule that a source labelled primary is a FreeBSD, Xen or vendor publication', () => {
  runRule(primaryPublisher, [
    {
      name: 'names a personal copy labelled primary',
      change: (files) =>
        edit(
          files,
          SOURCES,
          'https://www.freebsd.org/releases/1.0R/relnotes/',
          'https://stuff.example.edu/user/copy/relnotes.html',
        ),
      expected: (files) => [
        `${SOURCES}:${place(files, SOURCES, 'true')}: "notes-1.0" is labelled primary, but https://stuff.example.edu/user/copy/relnotes.html is not published by the FreeBSD Project, the Xen Project or a vendor\n    fix: cite the published copy on a FreeBSD, Xen or vendor site, or remove primary: true`,
      ],
    },
    {
      name: 'accepts the same copy when it is not labelled primary',
      change: (files) => {
        edit(
          files,
          SOURCES,
          'https://www.freebsd.org/releases/1.0R/relnotes/',
          'https://stuff.example.edu/copy.html',
        );
        edit(files, SOURCES, ',\n    "primary": true', '');
      },
      expected: [],
    },
  ]);
});

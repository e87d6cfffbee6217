import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error.ts';
import { reservedHeadings } from '../../src/plugins/reserved-headings.ts';

const plugin = reservedHeadings({ root: '/project' });
const fileURL = pathToFileURL('/project/content/topics/blkfront.mdx');

describe('headings named like generated sections', () => {
  it.each(['Changes', 'Sources', 'Related topics', 'Status today'])(
    'stop the build for “%s”, saying where and what to do',
    (heading) => {
      let message = '';
      try {
        mdxToJs(`Intro.\n\n## ${heading}\n\nText.`, { mdastPlugins: [plugin], fileURL });
      } catch (error) {
        if (error instanceof ContentError) message = error.message;
      }
      expect(message).toContain(`content/topics/blkfront.mdx:3:1: the heading "${heading}" would get the id`);
      expect(message).toContain('fix: reword the heading');
    },
  );

  it('let other headings through, including ones that merely contain those words', () => {
    expect(() =>
      mdxToJs('## Changes to the driver\n\n## Sources of the data', { mdastPlugins: [plugin], fileURL }),
    ).not.toThrow();
  });
});

import { z } from 'astro/zod';
import { describe, expect, it, vi } from 'vitest';

/**
 * The registry of kinds is the only list: a kind registered in
 * src/schemas/kinds.ts, whatever its name, is read and validated, and its
 * entries reach the validated content.
 */
vi.mock('../../src/schemas/kinds.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/schemas/kinds.ts')>();
  return {
    ...original,
    RECORD_KINDS: {
      ...original.RECORD_KINDS,
      mailingListPosts: {
        folder: 'content/mailing-list-posts',
        extension: '.md',
        schema: z.strictObject({ subject: z.string().min(3), sources: z.array(z.string()) }),
        identify: ([name, ...deeper]: readonly string[]) =>
          name !== undefined && deeper.length === 0
            ? { ok: true, id: name, ref: undefined }
            : { ok: false, message: 'not a post', fix: 'name it after the post' },
      },
    },
  };
});

// The unit project shares one module cache across files: another file may have loaded the real registry first.
vi.resetModules();
const { fixtureFiles, problemsOf, asSources, TODAY } = await import('./fixture.ts');
const { validateContent } = await import('../../src/schemas/validate.ts');

const POST = 'content/mailing-list-posts/2016-01-xen.md';

describe('a kind added to the registry', () => {
  it('is read: its valid entries are in the validated content', () => {
    const files = fixtureFiles();
    files.set(POST, '---\nsubject: Xen news\nsources: [talk]\n---\nA post.\n');
    const result = validateContent(asSources(files), { today: TODAY });
    expect('content' in result && Reflect.get(result.content, 'mailingListPosts')).toMatchObject([
      { id: '2016-01-xen', data: { subject: 'Xen news' } },
    ]);
  });

  it('is validated: a bad field of one of its entries is reported at its line', () => {
    const files = fixtureFiles();
    files.set(POST, '---\nsubject: X\nsources: [talk]\n---\nA post.\n');
    expect(problemsOf(files)).toEqual([expect.stringMatching(new RegExp(`^${POST}:2:10: subject: `))]);
  });

  it('has its sources checked by the rules across files', () => {
    const files = fixtureFiles();
    files.set(POST, '---\nsubject: Xen news\nsources: [nowhere]\n---\nA post.\n');
    expect(problemsOf(files)).toEqual([
      `${POST}:3:11: unknown source "nowhere"\n    fix: add it to content/data/sources.json or use one of its ids`,
    ]);
  });
});

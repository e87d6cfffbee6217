import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndexes } from '../../src/integrations/pagefind.ts';
import { CHANGE_INDEX } from '../../src/lib/search/change-index.ts';
import { ROOT_BUILD } from '../../scripts/lib/dist.ts';

const INDEXES = ['pagefind', CHANGE_INDEX.path.replace(/\/$/, '')];
const copy = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** Every file of an index with its bytes, by path. */
const files = (dir: string): Map<string, Buffer> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name).slice(dir.length),
        readFileSync(join(entry.parentPath, entry.name)),
      ]),
  );

describe('the search indexes of the build', () => {
  it('are byte for byte what Pagefind writes over the finished pages, though the build indexes them while they are being finished', async () => {
    cpSync(ROOT_BUILD, copy, { recursive: true });
    for (const index of INDEXES) rmSync(join(copy, index), { recursive: true });
    await writeSearchIndexes(copy);
    for (const index of INDEXES) {
      const [built, again] = [files(join(ROOT_BUILD, index)), files(join(copy, index))];
      expect([...built.keys()].sort()).toEqual([...again.keys()].sort());
      const differing = [...built]
        .filter(([path, bytes]) => !again.get(path)?.equals(bytes))
        .map(([path]) => path);
      expect(differing, index).toEqual([]);
      expect(built.size).toBeGreaterThan(3);
    }
  });
});

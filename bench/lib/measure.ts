import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 6 }).length;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[mid - 0.5] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlFiles: number;
  pagefindBytes: number;
  /** Pagefind's metadata file, which every first search fetches whole. */
  pagefindMetaBytes: number;
  /** Median HTML of the synthetic change pages; gzip over a sample of at most 200. */
  changeHtml: { pages: number; raw: number; gzip: number };
  largest: { path: string; raw: number; gzip: number };
}

/** Sizes in a built dist/; `changeIds` are the synthetic records' ids (base/r400000, src/<hash>). */
export function distStats(dist: string, changeIds: readonly string[]): DistStats {
  const stats: DistStats = {
    bytes: 0,
    files: 0,
    htmlFiles: 0,
    pagefindBytes: 0,
    pagefindMetaBytes: 0,
    changeHtml: { pages: 0, raw: Number.NaN, gzip: Number.NaN },
    largest: { path: '', raw: 0, gzip: 0 },
  };
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    const path = file.slice(dist.length);
    stats.bytes += size;
    stats.files += 1;
    if (path.startsWith('/pagefind/')) stats.pagefindBytes += size;
    if (entry.name.endsWith('.pf_meta')) stats.pagefindMetaBytes += size;
    if (!entry.name.endsWith('.html')) continue;
    stats.htmlFiles += 1;
    if (size > stats.largest.raw) stats.largest = { path, raw: size, gzip: 0 };
  }
  stats.largest.gzip = gzipBytes(readFileSync(join(dist, stats.largest.path)));
  const files = changeIds
    .map((id) => join(dist, 'changes', id, 'index.html'))
    .filter((file) => existsSync(file));
  const every = Math.max(1, Math.floor(files.length / 200));
  stats.changeHtml = {
    pages: files.length,
    raw: median(files.map((file) => statSync(file).size)),
    gzip: median(
      files.filter((_, index) => index % every === 0).map((file) => gzipBytes(readFileSync(file))),
    ),
  };
  return stats;
}

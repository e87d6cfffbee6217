import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip at zlib's default level 6, what most servers and CDNs use. */
export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 6 }).length;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Total bytes and file count below a folder (0 when it does not exist). */
export function folderSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}

export interface HtmlStats {
  pages: number;
  medianBytes: number;
  medianGzipBytes: number;
  maxBytes: number;
}

/** HTML of the synthetic change pages (dist/changes/base/r4xxxxx/index.html); gzip on a sample of 200. */
export function changePageHtml(dist: string, revisions: readonly number[]): HtmlStats {
  const sizes: number[] = [];
  const gzips: number[] = [];
  const every = Math.max(1, Math.floor(revisions.length / 200));
  revisions.forEach((revision, index) => {
    const file = join(dist, 'changes/base', `r${String(revision)}`, 'index.html');
    if (!existsSync(file)) return;
    const html = readFileSync(file);
    sizes.push(html.length);
    if (index % every === 0) gzips.push(gzipBytes(html));
  });
  return {
    pages: sizes.length,
    medianBytes: median(sizes),
    medianGzipBytes: median(gzips),
    maxBytes: sizes.length > 0 ? Math.max(...sizes) : Number.NaN,
  };
}

export interface DistStats {
  bytes: number;
  files: number;
  htmlFiles: number;
  pagefind: { bytes: number; files: number } | undefined;
}

export function distStats(dist: string): DistStats {
  const { bytes, files } = folderSize(dist);
  let htmlFiles = 0;
  if (existsSync(dist)) {
    for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) htmlFiles += 1;
    }
  }
  const pagefindDir = join(dist, 'pagefind');
  return { bytes, files, htmlFiles, pagefind: existsSync(pagefindDir) ? folderSize(pagefindDir) : undefined };
}

export interface ListPageStats {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** The pages that list records and so grow with them: the changes list and the largest topic page. */
export function listPages(dist: string): ListPageStats[] {
  const stats = (path: string): ListPageStats | undefined => {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) return undefined;
    const html = readFileSync(file);
    return { path, bytes: html.length, gzipBytes: gzipBytes(html) };
  };
  const topicsDir = join(dist, 'topics');
  const topics = existsSync(topicsDir)
    ? readdirSync(topicsDir)
        .map((slug) => ({
          path: `/topics/${slug}/`,
          size: statSync(join(topicsDir, slug, 'index.html'), { throwIfNoEntry: false })?.size ?? 0,
        }))
        .sort((a, b) => b.size - a.size)
    : [];
  return [stats('/changes/'), topics[0] ? stats(topics[0].path) : undefined].filter(
    (entry): entry is ListPageStats => entry !== undefined,
  );
}

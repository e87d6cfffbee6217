import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files in both whose bytes differ, each with where they start to differ. */
  differing: string[];
}

/** Every file of a tree, relative to it, sorted. */
export function listTree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** `file (byte N: "…first…" vs "…second…")`, to show what changed without a diff tool. */
function describe(file: string, first: Buffer, second: Buffer): string {
  let at = 0;
  while (at < first.length && at < second.length && first[at] === second[at]) at++;
  const around = (bytes: Buffer): string =>
    JSON.stringify(bytes.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `${file} (sizes ${String(first.length)} and ${String(second.length)}, first difference at byte ${String(at)}: ${around(first)} vs ${around(second)})`;
}

/** Compares two directory trees file by file, byte for byte. */
export function compareTrees(first: string, second: string): TreeDifference {
  const a = listTree(first);
  const b = listTree(second);
  const inB = new Set(b);
  const inA = new Set(a);
  const differing: string[] = [];
  for (const file of a.filter((name) => inB.has(name))) {
    const bytesA = readFileSync(join(first, file));
    const bytesB = readFileSync(join(second, file));
    if (!bytesA.equals(bytesB)) differing.push(describe(file, bytesA, bytesB));
  }
  return {
    onlyInFirst: a.filter((name) => !inB.has(name)),
    onlyInSecond: b.filter((name) => !inA.has(name)),
    differing,
  };
}

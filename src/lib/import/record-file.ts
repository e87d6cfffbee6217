/**
 * The import's part of a record file: the `commit:` block of its front
 * matter. The block is written as the last key of the front matter and
 * replaced whole on every run; every other line of the file (the
 * maintainer's fields and prose) is kept byte for byte.
 */
import { stringify } from 'yaml';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

/** The commit block as YAML lines, `commit:` first, keys in the order given, ending in a newline. */
export function renderCommitBlock(commit: Readonly<Record<string, unknown>>): string {
  return stringify({ commit }, { lineWidth: 0, indent: 2, defaultStringType: 'PLAIN', singleQuote: true });
}

/** A record the import creates: the maintainer's fields left for a maintainer, no prose. */
export function newRecordText(block: string): string {
  return `---\nverified: false\n${block}---\n`;
}

/** The file with its commit block replaced by `block` (or added at the end of the front matter). */
export function spliceCommitBlock(text: string, block: string): string {
  const match = FENCE.exec(text);
  if (!match) throw new Error('the file has no front matter between --- lines');
  const yaml = match[1] ?? '';
  const lines = yaml === '' ? [] : yaml.split('\n');
  const kept: string[] = [];
  let inBlock = false;
  for (const line of lines) {
    if (/^commit:/.test(line)) {
      inBlock = true;
      continue;
    }
    if (inBlock && (/^[ \t]/.test(line) || line === '')) continue;
    inBlock = false;
    kept.push(line);
  }
  const head = kept.length > 0 ? `${kept.join('\n')}\n` : '';
  return `---\n${head}${block}---\n${text.slice(match[0].length)}`;
}

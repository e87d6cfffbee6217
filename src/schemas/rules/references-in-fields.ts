import type { DataPath, Position } from '../../lib/frontmatter.ts';
import { findReferences, isRecordReference } from '../../lib/references/find.ts';
import { DATA_FILES } from '../kinds.ts';
import { problem, type Rule } from './rule.ts';

/**
 * Fields that hold ids, dates, URLs or other values rather than text: a
 * source id such as mirror-r286062 is a name, not a reference to r286062.
 */
const VALUE_FIELDS = new Set(
  'announced branch commit cve date firstRelease from id in kind mark mergeOf pathMap people related releaseNotesDate releases repositories review source sources status strength topics until url xsa'.split(
    ' ',
  ),
);

/**
 * A reference to a record in any text of front matter or a data file resolves, exactly as in
 * prose. Source titles are left out: they are the text of links to the sources themselves.
 */
export const referencesInFields: Rule = {
  name: 'references-in-fields',
  fieldsOnly: true,
  check: ({ fields, knownRecords }) =>
    fields
      .filter(({ file }) => file !== DATA_FILES.sources.file)
      .flatMap(({ file, text, located }) => {
        const starts = lineStarts(text);
        return [...strings(located.data)].flatMap(([path, value]) => {
          if (path.some((key) => typeof key === 'string' && VALUE_FIELDS.has(key))) return [];
          const start = located.locate(path);
          let cursor = (starts[start.line - 1] ?? 0) + start.column - 1;
          return findReferences(value)
            .filter(isRecordReference)
            .flatMap((reference) => {
              const offset = text.indexOf(reference.text, cursor);
              if (offset !== -1) cursor = offset + reference.text.length;
              const found = knownRecords.lookup(reference);
              if (found.ok) return [];
              const position = offset === -1 ? start : positionAt(starts, offset);
              return [
                problem({ file, ...position }, `${path.map(String).join('.')}: ${found.message}`, found.fix),
              ];
            });
        });
      }),
};

/** Offsets of line starts, to turn a position into an offset and back. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): Position {
  let line = 0;
  while (line + 1 < starts.length && (starts[line + 1] ?? Infinity) <= offset) line += 1;
  return { line: line + 1, column: offset - (starts[line] ?? 0) + 1 };
}

/** Every string in parsed data, with its path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[DataPath, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
}

/**
 * `npm run import -- --src <clone of FreeBSD src> [--ports <clone of FreeBSD ports>]`:
 * imports every commit that touched the Xen paths of content/data/xen-paths.json
 * (docs/import.md). Exits 1 with what to fix, having written nothing, on bad input.
 */
import { parseArgs } from 'node:util';
import { plural } from '../src/lib/format.ts';
import { ImportError } from './import/errors.ts';
import { runImport } from './import/run.ts';

const { values } = parseArgs({
  options: { src: { type: 'string' }, ports: { type: 'string' }, help: { type: 'boolean' } },
  strict: true,
});
if (values.help || (values.src === undefined && values.ports === undefined)) {
  console.log('usage: npm run import -- --src <clone of FreeBSD src> [--ports <clone of FreeBSD ports>]');
  process.exitCode = values.help ? 0 : 1;
} else {
  try {
    const report = runImport({
      root: process.cwd(),
      clones: {
        ...(values.src === undefined ? {} : { src: values.src }),
        ...(values.ports === undefined ? {} : { ports: values.ports }),
      },
    });
    console.log(
      `${report.full ? 'Full import' : 'Incremental import'}: ${plural(report.commitsRead, 'commit')} read; ` +
        `${plural(report.created.length, 'record')} created, ${String(report.updated.length)} updated, ` +
        `${plural(report.people.length, 'person record')} written.`,
    );
    for (const id of report.created) console.log(`  new      content/changes/${id}.md`);
    for (const id of report.updated) console.log(`  updated  content/changes/${id}.md`);
    for (const glob of report.unmatchedGlobs)
      console.warn(`warning: the path map's glob ${glob} matches no file in the history`);
    for (const line of report.disagreements)
      console.warn(`disagreement: ${line} (the record's value stays; decide which is right)`);
    for (const release of report.missingReleases)
      console.warn(`warning: FreeBSD ${release} has no record: add content/releases/${release}.md`);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    console.error(`import: ${error.message}\n    fix: ${error.fix}\nNothing was written.`);
    process.exitCode = 1;
  }
}

/**
 * `npm run validate`: every check the build makes on content/ before it renders
 * (paths, front matter, data files, references, cross-record rules, what MDX may hold), in about a
 * second and without a build. Exits 1 with every problem, file:line:column first.
 * Checks that need the rendered pages (Markdown bodies, links, CSP) run in `npm run build`.
 */
import { formatProblem, isContentError } from '../src/lib/content-error.ts';
import { todayIso } from '../src/lib/dates.ts';
import { plural } from '../src/lib/format.ts';
import { fileProblems, withMarkupProblems } from '../src/integrations/content.ts';
import { readContentFiles } from '../src/loaders/content-files.ts';
import { validateContent } from '../src/schemas/validate.ts';

// npm runs scripts in the project's folder: the content checked is that folder's.
const files = readContentFiles(process.cwd());
const result = withMarkupProblems(
  validateContent(files, { today: todayIso() }),
  fileProblems(process.cwd(), files, { markdown: true }),
);
if (isContentError(result)) {
  console.error(result.problems.map(formatProblem).join('\n'));
  console.error(`\n${plural(result.problems.length, 'problem')} in content/`);
  process.exitCode = 1;
} else {
  console.log(`content/ is valid: ${plural(result.registry.size, 'record')}`);
}

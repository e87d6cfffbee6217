import { posix } from 'node:path';

/**
 * What MDX may hold besides Markdown and the allowed elements: imports of the
 * site's MDX components and literal props on them. Nothing an author writes
 * in MDX runs: no other import, no export, no expression but a comment
 * (src/plugins/mdx-allow-list.ts applies this to every topic, in the build and
 * in `npm run validate`).
 */
export const MDX_COMPONENTS: Readonly<
  Record<string, { readonly file: string; readonly props: readonly string[] }>
> = {
  Rev: { file: 'src/components/Rev.astro', props: ['n', 'repo'] },
  Commit: { file: 'src/components/Commit.astro', props: ['hash', 'repo'] },
  Chart: { file: 'src/components/charts/Chart.astro', props: ['id'] },
  GuestSupportTable: { file: 'src/components/tables/GuestSupportTable.astro', props: [] },
  VirtualizationSpectrum: { file: 'src/components/tables/VirtualizationSpectrum.astro', props: [] },
  XenArchitecture: { file: 'src/components/diagrams/XenArchitecture.astro', props: [] },
  HypervisorTypes: { file: 'src/components/diagrams/HypervisorTypes.astro', props: [] },
};

const IMPORT = /^import\s+([A-Za-z_$][\w$]*)\s+from\s+(['"])([^'"]*)\2\s*;?$/;

/** How to import a component from the MDX file `from` (a path from the project root). */
export function importLine(name: string, from: string): string {
  const file = MDX_COMPONENTS[name]?.file ?? '';
  return `import ${name} from '${posix.relative(posix.dirname(from), file)}';`;
}

const componentList = Object.keys(MDX_COMPONENTS).join(', ');

/**
 * Why an ESM block of an MDX file (its import lines) is refused, line by
 * line; `from` is the MDX file's path from the project root. Each line must
 * be `import <Component> from '<path to it>'`, the name the component's own.
 */
export function esmProblems(esm: string, from: string): { line: number; message: string; fix: string }[] {
  const problems: { line: number; message: string; fix: string }[] = [];
  esm.split('\n').forEach((text, index) => {
    const line = text.trim();
    if (line === '') return;
    const match = IMPORT.exec(line);
    const name = match?.[1] ?? '';
    const component = MDX_COMPONENTS[name];
    const target = posix.normalize(posix.join(posix.dirname(from), match?.[3] ?? ''));
    if (match && component && target === component.file) return;
    problems.push({
      line: index,
      message: `${JSON.stringify(line.slice(0, 80))}: MDX may import only the site's components (${componentList}), each by its own name`,
      fix: component
        ? `write ${importLine(name, from)}`
        : `remove it; to show a component write, for example, ${importLine('Rev', from)}`,
    });
  });
  return problems;
}

/** Why an expression (`{…}` in MDX text) is refused: only a comment, `{/* … *\/}`, is allowed. */
export function expressionProblem(expression: string): string | undefined {
  const body = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression)?.[1];
  if (body !== undefined && !body.includes('*/')) return undefined;
  return `{${expression.trim().slice(0, 60)}}: MDX may not run code; only a comment {/* … */} is allowed`;
}

const LITERAL = /^\s*(?:-?\d+(?:\.\d+)?|'[^'\\\n]*'|"[^"\\\n]*"|true|false)\s*$/;

/** Why a prop's value written as `{…}` is refused: it must be a number, string or boolean literal. */
export function propValueProblem(value: string): string | undefined {
  return LITERAL.test(value) ? undefined : `{${value.trim().slice(0, 60)}} is not a literal`;
}

/** Why a component is refused: it is not one of the site's, or `imported` does not name it. */
export function componentProblem(name: string, imported: ReadonlySet<string>): string | undefined {
  if (!MDX_COMPONENTS[name]) return `<${name}> is not one of the site's MDX components (${componentList})`;
  if (!imported.has(name)) return `<${name}> is used but not imported`;
  return undefined;
}

/** Why a prop is refused on one of the site's components. */
export function propProblem(component: string, prop: string): string | undefined {
  const props = MDX_COMPONENTS[component]?.props;
  if (!props || props.includes(prop)) return undefined;
  return `<${component} ${prop}> is not a prop of ${component} (${props.length > 0 ? props.join(', ') : 'it takes none'})`;
}

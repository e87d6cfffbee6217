import type { Element, ElementContent, Properties } from 'hast';
import { defineHastPlugin } from 'satteri';

/**
 * Code blocks get a head: a label, a status line and a copy button.
 *
 * The label is the fence's `title="…"` (a file such as `/boot/loader.conf`), or
 * else the language it names. Shiki reads the fence's meta string, so
 * `codeTitle()` runs as a Shiki transformer and keeps the title on the <pre>;
 * `codeLabels()` then wraps each highlighted <pre> in a `.code-block` with its head.
 * The copy button shows only with JavaScript (src/scripts/ui.ts copies; CSS in
 * src/styles/content/code.css).
 */

const LANGUAGES: Readonly<Record<string, string>> = {
  sh: 'Shell',
  shell: 'Shell',
  bash: 'Bash',
  console: 'Console',
  ini: 'INI',
  conf: 'Configuration',
  json: 'JSON',
  yaml: 'YAML',
  toml: 'TOML',
  c: 'C',
  diff: 'Diff',
  makefile: 'Makefile',
  text: 'Text',
  txt: 'Text',
  plaintext: 'Text',
};

/** The name shown for a fence's language: `sh` is Shell, an unknown one as written. */
export function languageName(language: string): string {
  return LANGUAGES[language.toLowerCase()] ?? language;
}

/** `title="…"` (or single quotes) from a fence's meta string, such as `ini title="/boot/loader.conf"`. */
export function fenceTitle(meta: string | undefined): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title === '' ? undefined : title;
}

interface ShikiContext {
  options: { meta?: { __raw?: string } };
}

/** Shiki transformer: the fence's title as `data-title` on its <pre>. */
export function codeTitle() {
  return {
    name: 'code-title',
    pre(this: ShikiContext, node: { properties: Record<string, unknown> }): void {
      const title = fenceTitle(this.options.meta?.__raw);
      if (title !== undefined) node.properties['dataTitle'] = title;
    },
  };
}

const element = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** Hast plugin: wraps each highlighted <pre> with its head (label, status, copy button). */
export function codeLabels() {
  return defineHastPlugin({
    name: 'code-labels',
    element: {
      filter: ['pre'],
      visit(node) {
        const language = node.properties['dataLanguage'];
        if (typeof language !== 'string') return;
        const title = node.properties['dataTitle'];
        const file = typeof title === 'string' ? title : undefined;
        const label = file ?? languageName(language);
        return element('div', { className: ['code-block'] }, [
          element('div', { className: ['code-head'], dataPagefindIgnore: '' }, [
            element('span', { className: file ? ['code-label', 'code-file'] : ['code-label'] }, [
              text(label),
            ]),
            element('span', { className: ['code-status'], role: 'status' }),
            element(
              'button',
              {
                type: 'button',
                className: ['code-copy'],
                dataCopy: '',
                ariaLabel: file ? `Copy ${file}` : `Copy the ${label} code`,
              },
              [text('Copy')],
            ),
          ]),
          node,
        ]);
      },
    },
  });
}

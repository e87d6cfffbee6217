import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineMdastPlugin } from 'satteri';
import type { MdastNode } from 'satteri';
import { ContentError } from '../lib/content-error.ts';
import { splitAtReferences } from '../lib/find-references.ts';
import type { RegisteredChange, RevisionRegistry } from '../lib/registry.ts';
import { manPageUrl } from '../lib/manpage.ts';
import { revisionLink } from '../lib/revision-link.ts';

/** Nodes whose text is already a link, or is rendered verbatim by a component. */
const LINK_LIKE = new Set(['link', 'linkReference', 'definition']);
const VERBATIM_ELEMENTS = new Set(['a', 'Rev', 'code', 'pre', 'kbd', 'samp']);

interface Parent {
  type: string;
  name?: string | null;
}

/**
 * Lines to add to a position so it counts from the top of the file: Astro's
 * content loader renders a Markdown entry's body without its front matter.
 */
function lineOffset(path: string | undefined, source: string): number {
  if (!path || source.startsWith('---') || source === '') return 0;
  try {
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(source);
    return at > 0 ? text.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

export interface ReferenceLinksOptions {
  registry: RevisionRegistry<RegisteredChange>;
  /** Project root, to name files relative to it in errors. */
  root: string;
}

/**
 * Turns every bare `r284296` in Markdown and MDX prose into a link to its
 * svnweb changeset, using the repository from its change record, and every
 * `loader.conf(5)` into a link to its FreeBSD manual page. Code and existing
 * links are never touched (Sätteri's text visitor does not enter code nodes;
 * links are skipped here). A revision without a record stops the build.
 */
export function referenceLinks({ registry, root }: ReferenceLinksOptions) {
  return defineMdastPlugin({
    name: 'freebsd-reference-links',
    options: { position: true },
    text(node, ctx) {
      const segments = splitAtReferences(node.value);
      if (segments.every((segment) => typeof segment === 'string')) return;
      for (let parent = ctx.parent(node) as Parent | undefined; parent;) {
        if (LINK_LIKE.has(parent.type)) return;
        if (parent.type.startsWith('mdxJsx') && VERBATIM_ELEMENTS.has(parent.name ?? '')) return;
        parent = ctx.parent(parent as never) as Parent | undefined;
      }
      const start = node.position?.start;
      const replacement: MdastNode[] = [];
      for (const segment of segments) {
        if (typeof segment === 'string') {
          replacement.push({ type: 'text', value: segment });
          continue;
        }
        if (segment.kind === 'manpage') {
          replacement.push({
            type: 'link',
            url: manPageUrl(segment.page),
            title: `FreeBSD manual page ${segment.text}`,
            children: [{ type: 'text', value: segment.text }],
            data: { hProperties: { className: ['man'] } },
          });
          continue;
        }
        const resolved = registry.lookup(segment.revision);
        if (!resolved.ok) {
          // Only now is the place worth working out: the file, and the line counted from its top.
          const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : undefined;
          const before = node.value.slice(0, segment.start);
          const newlines = before.split('\n').length - 1;
          throw new ContentError([
            {
              file: path ? relative(root, path).split(sep).join('/') : '(unnamed Markdown)',
              line: start ? start.line + newlines + lineOffset(path, ctx.source) : undefined,
              column: start
                ? newlines === 0
                  ? start.column + segment.start
                  : segment.start - before.lastIndexOf('\n')
                : undefined,
              message: resolved.message,
              fix: resolved.fix,
            },
          ]);
        }
        const link = revisionLink(resolved.change);
        replacement.push({
          type: 'link',
          url: link.href,
          title: link.title,
          children: [{ type: 'text', value: segment.text }],
          data: { hProperties: { className: ['rev'] } },
        });
      }
      ctx.replaceNode(node, replacement);
    },
  });
}

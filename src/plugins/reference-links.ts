import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';
import type { Registered, RecordRegistry } from '../lib/registry.ts';
import { findReferences, isRecordReference, splitAtReferences } from '../lib/references/find.ts';
import { recordLink } from '../lib/references/link.ts';
import { manPageUrl } from '../lib/references/manpage.ts';
import { locate, problemsOf, throwProblems } from './locate.ts';

const NAME = 'freebsd-reference-links';

/** Nodes whose text is already a link. */
const LINK_LIKE = new Set(['link', 'linkReference', 'definition']);
/** Components and elements whose text is shown as written. */
const VERBATIM_ELEMENTS = new Set(['a', 'Rev', 'Commit', 'Advisory', 'code', 'pre', 'kbd', 'samp']);

export interface ReferenceLinksOptions {
  /** The current registry: in the dev server it changes as records are added and edited. */
  registry: () => RecordRegistry<Registered>;
  /** Project root, to name files relative to it in errors. */
  root: string;
}

function insideLinkOrVerbatim(ctx: MdastVisitorContext, node: MdastNode): boolean {
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
    if (LINK_LIKE.has(parent.type)) return true;
    if ('name' in parent && parent.type.startsWith('mdxJsx') && VERBATIM_ELEMENTS.has(parent.name ?? ''))
      return true;
  }
  return false;
}

/**
 * Turns every revision (`r284296`), git commit (`65f22ccf8247`) and advisory
 * (`FreeBSD-SA-21:06.xen`) in Markdown and MDX prose into a link to the
 * thing itself, titled with its record, and every manual page
 * (`loader.conf(5)`) into a link to man.freebsd.org. Code and existing links
 * are left alone. A reference without a record stops the build; so does one
 * in an image's alt text or a JSX string attribute, which cannot be linked
 * but must still name something that exists.
 */
export function referenceLinks({ registry, root }: ReferenceLinksOptions) {
  /** Checks every record reference in a string that is shown as written. */
  const check = (ctx: MdastVisitorContext, node: MdastNode, value: string, what: string): void => {
    for (const reference of findReferences(value).filter(isRecordReference)) {
      const found = registry().lookup(reference);
      if (!found.ok)
        problemsOf(ctx, NAME).push({
          ...locate(ctx, root, node),
          message: `${what}: ${found.message}`,
          fix: found.fix,
        });
    }
  };

  return defineMdastPlugin({
    name: NAME,
    options: { position: true },
    after(_, ctx) {
      throwProblems(ctx, NAME);
    },
    text(node, ctx) {
      const segments = splitAtReferences(node.value);
      if (segments.every((segment) => typeof segment === 'string')) return;
      if (insideLinkOrVerbatim(ctx, node)) return;
      const replacement: MdastNode[] = segments.map((segment) => {
        if (typeof segment === 'string') return { type: 'text', value: segment };
        if (segment.kind === 'manpage') {
          return {
            type: 'link',
            url: manPageUrl(segment.page),
            title: `FreeBSD manual page ${segment.text}`,
            children: [{ type: 'text', value: segment.text }],
            data: { hProperties: { className: ['man'] } },
          };
        }
        const found = registry().lookup(segment);
        if (!found.ok) {
          problemsOf(ctx, NAME).push({
            ...locate(ctx, root, node, node.value, segment.start),
            message: found.message,
            fix: found.fix,
          });
          return { type: 'text', value: segment.text };
        }
        const link = recordLink(found.record);
        return {
          type: 'link',
          url: link.href,
          title: link.title,
          children: [{ type: 'text', value: segment.text }],
          data: { hProperties: { className: ['ref', `ref-${segment.kind}`] } },
        };
      });
      ctx.replaceNode(node, replacement);
    },
    image(node, ctx) {
      if (node.alt) check(ctx, node, node.alt, 'image alt text');
    },
    mdxJsxFlowElement(node, ctx) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
          check(ctx, node, attribute.value, `<${node.name ?? ''} ${attribute.name}>`);
        }
      }
    },
    mdxJsxTextElement(node, ctx) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') {
          check(ctx, node, attribute.value, `<${node.name ?? ''} ${attribute.name}>`);
        }
      }
    },
  });
}

import { defineMdastPlugin, type MdastNode, type MdastVisitorContext } from 'satteri';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { unsafeUrlReason } from '../lib/safe-url.ts';
import { locate, problemsOf, throwProblems } from './locate.ts';

const NAME = 'safe-markup';

/**
 * Lower-case elements MDX may use: text-level and structural markup only.
 * No script, style, meta, base, iframe, object, embed, form or input.
 */
const ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h2',
  'h3',
  'h4',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
  'var',
  'wbr',
]);

/** Attributes those elements may carry, besides aria-* and data-*. */
const ATTRIBUTES = new Set([
  'alt',
  'cite',
  'class',
  'className',
  'colSpan',
  'colspan',
  'datetime',
  'dateTime',
  'dir',
  'headers',
  'height',
  'href',
  'id',
  'lang',
  'open',
  'role',
  'rowSpan',
  'rowspan',
  'scope',
  'src',
  'start',
  'title',
  'width',
]);

/** Attributes whose value is a URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Whether raw HTML is one comment and nothing else: `<!-- a --><script>…</script><!-- b -->`
 * is not. The text may not hold `--`, `<` or `>`, so no browser ends it early or late
 * (`--!>`, `<!-->`) and nothing hides after it.
 */
export function isLoneComment(html: string): boolean {
  const body = /^\s*<!--([\s\S]*)-->\s*$/.exec(html)?.[1];
  return body !== undefined && !/--|[<>]/.test(body) && !body.startsWith('-') && !body.endsWith('-');
}

/**
 * Keeps authored markup safe by construction. Raw HTML in Markdown is
 * rejected (write Markdown, or use MDX); in MDX, lower-case elements and
 * their attributes come from an allow-list, and components (capitalised)
 * are the site's own. Links, images and URL attributes may only be
 * http(s), mailto or relative.
 */
export function safeMarkup({ root }: { root: string }) {
  const fail = (ctx: MdastVisitorContext, node: MdastNode, message: string, fix: string): void => {
    problemsOf(ctx, NAME).push({ ...locate(ctx, root, node), message, fix });
  };
  const checkUrl = (ctx: MdastVisitorContext, node: MdastNode, url: string, what: string): void => {
    const reason = unsafeUrlReason(url);
    if (reason)
      fail(
        ctx,
        node,
        `${what} ${JSON.stringify(url)}: ${reason}`,
        'link only to https://, http://, mailto: or a path of the site',
      );
  };
  const checkJsx = (node: Jsx, ctx: MdastVisitorContext): void => {
    const name = node.name ?? '';
    const intrinsic = name !== '' && /^[a-z]/.test(name);
    if (intrinsic && !ELEMENTS.has(name)) {
      fail(
        ctx,
        node,
        `<${name}> is not allowed in content`,
        'use Markdown, a site component, or one of the allowed elements listed in CONTRIBUTING.md',
      );
    }
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        if (intrinsic) fail(ctx, node, `<${name}> spreads attributes ({...})`, 'write each attribute out');
        continue;
      }
      const attributeName = attribute.name;
      if (/^on/i.test(attributeName) || attributeName === 'style' || attributeName.startsWith('set:')) {
        fail(
          ctx,
          node,
          `<${name} ${attributeName}> is not allowed: no event handlers, inline styles or raw HTML`,
          'remove the attribute; styles belong in the site stylesheet',
        );
      }
      if (intrinsic && !ATTRIBUTES.has(attributeName) && !/^(aria|data)-/.test(attributeName)) {
        fail(
          ctx,
          node,
          `<${name} ${attributeName}> is not an allowed attribute`,
          'remove it, or use one listed in CONTRIBUTING.md',
        );
      }
      if (URL_ATTRIBUTES.has(attributeName) && typeof attribute.value === 'string') {
        checkUrl(ctx, node, attribute.value, `<${name} ${attributeName}>`);
      }
    }
  };
  return defineMdastPlugin({
    name: NAME,
    options: { position: true },
    after(_, ctx) {
      throwProblems(ctx, NAME);
    },
    html(node, ctx) {
      if (isLoneComment(node.value)) return;
      fail(
        ctx,
        node,
        `raw HTML is not allowed in Markdown: ${JSON.stringify(node.value.slice(0, 60))}`,
        'write it in Markdown, or move the content to an MDX topic and use a component',
      );
    },
    link(node, ctx) {
      checkUrl(ctx, node, node.url, 'link');
    },
    definition(node, ctx) {
      checkUrl(ctx, node, node.url, 'link definition');
    },
    image(node, ctx) {
      checkUrl(ctx, node, node.url, 'image');
    },
    mdxJsxFlowElement: checkJsx,
    mdxJsxTextElement: checkJsx,
  });
}

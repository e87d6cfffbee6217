import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { internalLinks } from '../../src/plugins/internal-links.ts';

const plugin = internalLinks({ base: '/freebsd-xen/' });

describe('internal links under a base path', () => {
  it('places Markdown links, definitions and images written from the root under the base path', () => {
    const html = markdownToHtml(
      '[n](/topics/netfront/) [d][x] ![i](/figures/chart.svg)\n\n[x]: /glossary/#dom0',
      { mdastPlugins: [plugin] },
    ).html;
    expect(html).toContain('href="/freebsd-xen/topics/netfront/"');
    expect(html).toContain('href="/freebsd-xen/glossary/#dom0"');
    expect(html).toContain('src="/freebsd-xen/figures/chart.svg"');
  });

  it('places root-relative JSX href and src under the base path', () => {
    const code = mdxToJs('<a href="/support/#uefi-dom0">matrix</a> <img src="/figures/x.svg" alt="x" />', {
      mdastPlugins: [plugin],
    }).code;
    expect(code).toContain('"/freebsd-xen/support/#uefi-dom0"');
    expect(code).toContain('"/freebsd-xen/figures/x.svg"');
  });

  it.each(['https://example.org/x', '//cdn.example/x', '#here', 'relative/path'])(
    'leaves %s alone',
    (url) => {
      expect(markdownToHtml(`[x](${url})`, { mdastPlugins: [plugin] }).html).toContain(`href="${url}"`);
    },
  );
});

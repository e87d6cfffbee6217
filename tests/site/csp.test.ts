import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, readPages } from '../../scripts/lib/dist.ts';

/** The Content-Security-Policy a page's <meta> gives, by directive. */
function policy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every inline <script> and <style> element's text, by tag. */
function inlineBlocks(html: string): { tag: 'script' | 'style'; text: string }[] {
  return [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)]
    .filter(([, , attributes = '']) => !/\ssrc=/.test(attributes))
    .map(([, tag = '', , text = '']) => ({ tag: tag.toLowerCase() as 'script' | 'style', text }));
}

describe.each(BUILDS)('the Content-Security-Policy of every page in $dir', ({ dir }) => {
  const pages = readPages(dir);

  it.each(pages.map(({ file, html }) => [file, html] as const))(
    '%s names the hash of each of its inline scripts and styles, and allows nothing inline otherwise',
    (_, html) => {
      const csp = policy(html);
      const scripts = csp.get('script-src') ?? [];
      const styles = csp.get('style-src') ?? [];
      expect(scripts).toContain("'self'");
      expect(styles).toContain("'self'");
      for (const sources of [scripts, styles]) {
        expect(sources).not.toContain("'unsafe-inline'");
        expect(sources).not.toContain("'unsafe-eval'");
      }
      const missing = inlineBlocks(html)
        .filter(({ tag, text }) => !(tag === 'script' ? scripts : styles).includes(sha256(text)))
        .map(({ tag, text }) => `<${tag}> ${text.slice(0, 60)}…`);
      expect(missing).toEqual([]);
      // Inline style attributes would need 'unsafe-inline': the site has none.
      expect(html.match(/<[a-z][^>]*\sstyle="[^"]*"/gi) ?? []).toEqual([]);
    },
  );
});

describe('components used inside MDX content', () => {
  // Astro injects the <style> of a component rendered inside MDX without a hash in the
  // policy, so the browser drops it: their CSS lives in src/styles/content/ instead.
  const topics = readdirSync('content/topics').filter((name) => name.endsWith('.mdx'));
  const imported = new Set(
    topics.flatMap((name) =>
      [
        ...readFileSync(join('content/topics', name), 'utf8').matchAll(
          /^import\s.*\sfrom\s+'([^']+\.astro)'/gm,
        ),
      ].map(([, path = '']) => resolve('content/topics', path)),
    ),
  );

  /** A component and every .astro component it imports, transitively. */
  function withImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    for (const [, path = ''] of readFileSync(file, 'utf8').matchAll(/^import\s.*\sfrom\s+'([^']+\.astro)'/gm))
      withImports(resolve(dirname(file), path), seen);
    return seen;
  }

  it.each([...new Set([...imported].flatMap((file) => [...withImports(file)]))].sort())(
    '%s has no <style> of its own',
    (file) => {
      expect(readFileSync(file, 'utf8')).not.toMatch(/<style[\s>]/);
    },
  );
});

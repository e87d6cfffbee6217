/**
 * A long page: three sections (h2) or more in its <main>. Every such page must
 * offer "On this page" (tests/site/pages.test.ts over dist/; tests/browser/screens.test.ts
 * for where it shows at each width).
 */
export function longPage(html: string): boolean {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
  return (main.match(/<h2[\s>]/g) ?? []).length >= 3;
}

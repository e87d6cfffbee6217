/**
 * Ids the site's pages make themselves. A heading in content whose id would
 * be one of these stops the build (src/plugins/reserved-headings.ts), so a
 * topic's "Sources" heading can never collide with the generated list.
 */
export const GENERATED_IDS = {
  changes: 'changes',
  related: 'related-topics',
  sources: 'sources',
  top: '_top',
  toc: 'toc-heading',
  content: 'content',
  status: 'status-today',
} as const;

export const RESERVED_IDS: ReadonlySet<string> = new Set(Object.values(GENERATED_IDS));

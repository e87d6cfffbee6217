import type { ResultView } from '../../lib/search/results.ts';

function span(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/** One result: its kind, its revision for a change, its title and the highlighted excerpt. */
export function renderResult(view: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = view.href;
  link.append(span('search-result-kind', view.kind));
  if (view.revision) link.append(span('search-result-rev', view.revision));
  link.append(span('search-result-title', view.title));
  const excerpt = span('search-result-excerpt', '');
  // Pagefind escapes the page text in excerpts and adds only <mark> around matches.
  excerpt.innerHTML = view.excerptHtml;
  link.append(excerpt);
  item.append(link);
  return item;
}

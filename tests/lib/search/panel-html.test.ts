import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SEARCH_FILTERS } from '../../../src/lib/search/options.ts';
import { searchDialogContents, searchPanelHtml } from '../../../src/lib/search/panel-html.ts';

const panel = (keyHints?: boolean): HTMLElement =>
  parse(
    searchPanelHtml({
      id: 'page-search',
      action: '/freebsd-xen/search/',
      base: '/freebsd-xen/',
      ...(keyHints === undefined ? {} : { keyHints }),
    }),
  );

/** Every id an attribute of the markup points to, and whether the markup has it. */
function dangling(root: HTMLElement): string[] {
  const ids = new Set(root.querySelectorAll('[id]').map((element) => element.id));
  return root
    .querySelectorAll('[for], [aria-controls], [aria-describedby]')
    .flatMap((element) =>
      ['for', 'aria-controls', 'aria-describedby'].flatMap((name) =>
        (element.getAttribute(name) ?? '').split(/\s+/),
      ),
    )
    .filter((id) => id !== '' && !ids.has(id));
}

describe('searchPanelHtml', () => {
  it('offers one filter per search filter, in their order, disabled until the index loads', () => {
    const selects = panel().querySelectorAll('select');
    expect(selects.map((select) => select.getAttribute('name'))).toEqual(
      SEARCH_FILTERS.map((filter) => filter.key),
    );
    expect(selects.every((select) => select.hasAttribute('disabled'))).toBe(true);
  });

  it('submits to the search page without script, with the query as q', () => {
    const form = panel().querySelector('form');
    expect(form?.getAttribute('action')).toBe('/freebsd-xen/search/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[type=search]')?.getAttribute('name')).toBe('q');
  });

  it.each([
    { keyHints: undefined, hint: false },
    { keyHints: false, hint: false },
    { keyHints: true, hint: true },
  ])('with keyHints $keyHints shows key hints: $hint', ({ keyHints, hint }) => {
    const root = panel(keyHints);
    expect(root.querySelector('.search-hint') !== null).toBe(hint);
    expect(root.querySelector('input')?.hasAttribute('aria-describedby')).toBe(hint);
    expect(dangling(root)).toEqual([]);
  });

  it('escapes the base and the action as attribute values', () => {
    const root = parse(searchPanelHtml({ id: 'x', action: '/a"b/<search>/', base: '/a"b&c/' }));
    expect(root.querySelector('[data-search-panel]')?.getAttribute('data-base')).toBe('/a"b&c/');
    expect(root.querySelector('form')?.getAttribute('action')).toBe('/a"b/<search>/');
  });
});

describe('searchDialogContents', () => {
  it('gives a panel with key hints and a Close button for the dialog, every id it points to present', () => {
    const dialog = parse(searchDialogContents({ action: '/search/', base: '/' }));
    expect(dialog?.querySelector('form[method=dialog] button')?.text.trim()).toBe('Close');
    expect(dialog?.querySelector('#dialog-search-input')).not.toBeNull();
    expect(dialog?.querySelector('.search-hint')).not.toBeNull();
    expect(dangling(dialog)).toEqual([]);
  });
});

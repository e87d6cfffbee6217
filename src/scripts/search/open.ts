/**
 * Always loaded, and small: opens search from the header link, `/` and
 * Ctrl/Cmd+K. The search code and styles are fetched only on first use.
 */
type SearchUi = typeof import('./controller.ts');

const pagePanel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
let styled = false;

/** Opens search at once, so nothing typed is lost, while its code and styles load. */
function open(): void {
  const panel = pagePanel ?? dialog?.querySelector<HTMLElement>('[data-search-panel]');
  if (!panel) return;
  const base = panel.dataset['base'] ?? '/';
  if (dialog && !pagePanel) {
    if (!styled)
      document.head.insertAdjacentHTML(
        'beforeend',
        `<link rel="stylesheet" href="${base}${__SEARCH_CSS__}">`,
      );
    styled = true;
    if (!dialog.open) dialog.showModal();
  }
  panel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  // The search UI is a bundle of its own (src/integrations/search-bundle.ts). A plain
  // variable, not a template, so Vite leaves the import alone (no preload helper).
  const url = base + __SEARCH_UI__;
  void (import(/* @vite-ignore */ url) as Promise<SearchUi>).then((ui) =>
    ui.attach(panel, { syncUrl: !!pagePanel }),
  );
}

document.addEventListener('keydown', (event) => {
  const typing = (event.target as Element).closest?.('input, textarea, select, [contenteditable]');
  if (
    ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing)
  ) {
    event.preventDefault();
    open();
  }
});

document.querySelector('[data-search-open]')?.addEventListener('click', (event) => {
  const { ctrlKey, metaKey, shiftKey, button } = event as MouseEvent;
  if (ctrlKey || metaKey || shiftKey || button) return;
  event.preventDefault();
  open();
});

if (pagePanel) open();

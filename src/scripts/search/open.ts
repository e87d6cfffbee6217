/**
 * Always loaded, and small: opens search from the header link, `/` and
 * Ctrl/Cmd+K. The search code itself is imported only on first use.
 */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

async function activate(panel: HTMLElement, syncUrl: boolean): Promise<void> {
  panel.querySelector<HTMLInputElement>('[data-search-input]')?.focus();
  // The search UI is a bundle of its own (see src/integrations/search-bundle.ts), fetched on first use.
  // A plain variable, not a template, so Vite leaves the import alone (no preload helper).
  const url = (panel.dataset['base'] ?? '/') + __SEARCH_UI__;
  const { attach } = (await import(/* @vite-ignore */ url)) as typeof import('./controller.ts');
  await attach(panel, { syncUrl });
}

const pagePanel = document.querySelector<HTMLElement>('[data-search-page] [data-search-panel]');
const dialog = document.getElementById('search-dialog');

function open(): void {
  if (pagePanel) {
    void activate(pagePanel, true);
  } else if (dialog instanceof HTMLDialogElement) {
    if (!dialog.open) dialog.showModal();
    const panel = dialog.querySelector<HTMLElement>('[data-search-panel]');
    if (panel) void activate(panel, false);
  }
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (
    shortcut ||
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target))
  ) {
    event.preventDefault();
    open();
  }
});

for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  trigger.addEventListener('click', (event) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    open();
  });
}

// The dialog closes on Escape, its close button (a method="dialog" form) and, where
// supported, a click outside it (closedby="any"): no script needed for any of them.
if (pagePanel) void activate(pagePanel, true);

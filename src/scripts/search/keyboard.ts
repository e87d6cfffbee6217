/**
 * Arrow keys move focus from the search box into the result links and between
 * them; Enter then opens the focused link as any link does. Arrow up from the
 * first result returns to the search box.
 */
export function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
  if (links.length === 0) return;
  const current = links.findIndex((link) => link === document.activeElement);
  const onInput = document.activeElement === input;
  if (!onInput && current === -1) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') {
    links[onInput ? 0 : Math.min(current + 1, links.length - 1)]?.focus();
  } else if (current <= 0) {
    input.focus();
  } else {
    links[current - 1]?.focus();
  }
}

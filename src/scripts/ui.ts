/** The site's only interactive behaviour: the theme toggle and the narrow-screen menu. */
const root = document.documentElement;
const dark = window.matchMedia('(prefers-color-scheme: dark)');

function currentTheme(): 'light' | 'dark' {
  const chosen = root.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return dark.matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = (): void => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
  sync();
  dark.addEventListener('change', sync);
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
    sync();
  });
}

const menu = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const sidebar = document.getElementById('sidebar');
if (menu && sidebar) {
  const setOpen = (open: boolean): void => {
    menu.setAttribute('aria-expanded', String(open));
    sidebar.classList.toggle('open', open);
  };
  menu.addEventListener('click', () => setOpen(menu.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      menu.focus();
    }
  });
}

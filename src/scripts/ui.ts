/** The site's always-run behaviour: the theme control, the narrow-screen menu and code copy buttons. */
const root = document.documentElement;

// Theme: system → the other theme → the system's own → system. CSS shows the state.
document.querySelector('[data-theme-toggle]')?.addEventListener('click', () => {
  const system = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const theme = root.dataset['theme'];
  const next = theme ? (theme === system ? '' : system) : system === 'dark' ? 'light' : 'dark';
  if (next) root.dataset['theme'] = next;
  else delete root.dataset['theme'];
  try {
    localStorage.setItem('theme', next);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
});

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

// Code blocks: the copy button copies the block's text and says so in its status.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-copy]') : null;
  const status = button?.previousElementSibling;
  const code = button?.parentElement?.nextElementSibling; // the block's <pre>
  if (!status || !code) return;
  const say = (text: string): void => {
    status.textContent = text;
  };
  say('');
  navigator.clipboard.writeText(code.textContent ?? '').then(
    () => {
      say('Copied');
      setTimeout(say, 4000, '');
    },
    () => say('Copy failed'),
  );
});

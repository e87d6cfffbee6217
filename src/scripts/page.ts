/**
 * The one script every page loads, as a cached file of its own: the theme
 * toggle, the mobile menu and copy buttons (ui.ts), and opening search (search/open.ts).
 */
import './ui.ts';
import './search/open.ts';

/** Path of the search UI bundle under the base path, such as `_astro/search.1a2b3c4d5e.js` (src/integrations/search-bundle.ts). */
declare const __SEARCH_UI__: string;

/** Path of the search UI's stylesheet under the base path, such as `_astro/search.1a2b3c4d5e.css`. */
declare const __SEARCH_CSS__: string;

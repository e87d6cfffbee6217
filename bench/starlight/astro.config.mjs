// Not type-checked with the project: Starlight is installed only in bench/.out/deps/.
import { readFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Starlight as its docs describe it, with the site's topics as the sidebar (sidebar.json, written by the bench).
const sidebar = JSON.parse(readFileSync(new URL('sidebar.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'https://freebsd-xen.example.org',
  integrations: [starlight({ title: 'FreeBSD on Xen', sidebar })],
});

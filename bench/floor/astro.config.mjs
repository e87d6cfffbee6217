// @ts-check
import { defineConfig } from 'astro/config';

// No integrations and no Markdown plugins: Astro's defaults (Sätteri) and nothing else.
export default defineConfig({ site: 'https://floor.example.org', trailingSlash: 'always' });

/**
 * The environment for a child `astro build` started from a test. Vitest puts
 * its own import.meta.env values (BASE_URL, MODE, DEV, PROD, SSR) and VITEST*
 * flags into process.env; a child Vite build would read them back, and BASE_URL
 * would override the base path under test.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([key]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key) && !key.startsWith('VITEST'),
  );
  return { ...Object.fromEntries(inherited), NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

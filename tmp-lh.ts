import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';
import { serve } from './scripts/lib/static-server.ts';
const server = await serve('dist', '/', { gzip: true });
for (const path of process.argv.slice(2)) {
  const out = `/tmp/lh-${path.replaceAll('/', '_')}.json`;
  await new Promise((done) => spawn(process.execPath, ['bench/.out/deps/node_modules/lighthouse/cli/index.js', `${server.origin}/${path}`, '--output=json', `--output-path=${out}`, '--only-categories=performance', `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: 'ignore' }).on('close', done));
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const a = r.audits;
  console.log(path, 'FCP', a['first-contentful-paint'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue, 'TBT', a['total-blocking-time'].numericValue);
  for (const k of Object.keys(a)) if (/render-blocking|network-dependency|critical-request/.test(k)) console.log(' ', k, a[k].displayValue ?? '', JSON.stringify(a[k].details ?? {}).slice(0, 700));
}
await server.close();

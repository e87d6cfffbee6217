import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { median } from './measure.ts';

export interface SaveTiming {
  what: string;
  file: string;
  path: string;
  /** Save to the dev server's reload message on its websocket, per run (NaN: none came). */
  reloadMs: number[];
  /** Save to the page served with the new text, per run; NaN: not within 10 s. */
  updatedMs: number[];
  /** Of the runs that updated the page. */
  medianUpdatedMs: number;
}

export interface DevLoop {
  /** Spawn of `astro dev` to its "ready" line. */
  readyMs: number;
  /** Spawn to the home page served (200, whole document): what a maintainer waits for. */
  firstPageMs: number;
  saves: SaveTiming[];
  error?: string;
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 4321));
    });
  });

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until its HTML contains `text` (or `limit` ms pass); returns when it did, or NaN. */
async function until(url: string, text: string, start: number, limit = 30_000): Promise<number> {
  while (performance.now() - start < limit) {
    const html = await fetch(url).then(
      (response) => (response.ok ? response.text() : ''),
      () => '',
    );
    if (html.includes(text) && html.includes('</html>')) return performance.now() - start;
    await sleep(25);
  }
  return Number.NaN;
}

/**
 * The maintainer loop on a copy of the site in `dir`: `astro dev` from a
 * clean cache to the first page, then, `runs` times each, saving a change
 * record and a topic with a new sentence, to the page served with it.
 */
export async function devLoop(dir: string, runs: number, log: string, env: object): Promise<DevLoop> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${String(port)}`;
  const out = createWriteStream(log);
  const start = performance.now();
  let readyMs = Number.NaN;
  const child = spawn(
    process.execPath,
    [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    { cwd: dir, env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      if (Number.isNaN(readyMs) && /ready in/i.test(chunk.toString())) readyMs = performance.now() - start;
      out.write(chunk);
    });
  }
  const firstPageMs = await until(`${origin}/`, '<h1', start);
  const result: DevLoop = { readyMs, firstPageMs, saves: [] };
  try {
    if (Number.isNaN(result.firstPageMs)) throw new Error(`no page from astro dev in 30 s; see ${log}`);
    const socket = new WebSocket(`ws://127.0.0.1:${String(port)}/`, 'vite-hmr');
    let reloadAt = Number.NaN;
    socket.addEventListener('message', (event) => {
      if (/"type":"(full-reload|update)"/.test(String(event.data))) reloadAt = performance.now();
    });
    await new Promise((resolve) => {
      socket.addEventListener('open', resolve);
      socket.addEventListener('error', resolve);
    });
    // With no runs (the floor), the cold start alone.
    const targets = [
      { what: 'change record', file: 'content/changes/base/r286062.md', path: '/changes/base/r286062/' },
      { what: 'topic', file: 'content/topics/blkfront.mdx', path: '/topics/blkfront/' },
    ].filter(() => runs > 0);
    for (const target of targets) {
      const file = join(dir, target.file);
      const original = readFileSync(file, 'utf8');
      const timing: SaveTiming = { ...target, reloadMs: [], updatedMs: [], medianUpdatedMs: Number.NaN };
      await until(origin + target.path, '</html>', performance.now());
      for (let run = 1; run <= runs; run += 1) {
        const marker = `Benchmark edit number ${String(run)} of ${target.what}.`;
        await sleep(1500);
        reloadAt = Number.NaN;
        const saved = performance.now();
        writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
        timing.updatedMs.push(await until(origin + target.path, marker, saved, 10_000));
        timing.reloadMs.push(reloadAt - saved);
      }
      writeFileSync(file, original);
      timing.medianUpdatedMs = median(timing.updatedMs.filter(Number.isFinite));
      result.saves.push(timing);
    }
    socket.close();
  } catch (error) {
    result.error = (error as Error).message;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('close', resolve));
    out.end();
  }
  return result;
}

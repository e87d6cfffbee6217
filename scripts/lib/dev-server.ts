import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { childEnv } from './clean-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface DevServer {
  url: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** A free port on the loopback interface. */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts `astro dev` in a folder (the project, or a copy of it) and resolves
 * once the home page answers. Used by the dev-loop test and the benchmark.
 */
export async function startDevServer(
  dir: string,
  timeoutMs = 60_000,
): Promise<DevServer & { startedInMs: number }> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(
    join(ROOT, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: dir,
      env: childEnv({}),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = `http://127.0.0.1:${String(port)}/`;
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`astro dev exited:\n${printed}`);
    try {
      if ((await fetch(url)).status === 200)
        return { url, output: () => printed, stop, startedInMs: performance.now() - started };
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  await stop();
  throw new Error(`astro dev did not answer within ${String(timeoutMs)} ms:\n${printed}`);
}

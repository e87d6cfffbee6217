import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.wasm': 'application/wasm',
};

/** One request the server answered: what it sent, in bytes on the wire. */
export interface ServedRequest {
  /** Order of arrival, from 0. */
  seq: number;
  path: string;
  status: number;
  bytes: number;
}

export interface StaticSite {
  /** Origin plus base path, such as http://127.0.0.1:41234/freebsd-xen/. */
  url: string;
  origin: string;
  /** Every request answered so far (Web Worker fetches included). */
  requests: ServedRequest[];
  /** The seq the next request will get: requests.filter((r) => r.seq >= mark) came after. */
  mark(): number;
  /** Resolves once no request has been in flight for `quietMs` (or after `maxMs`). */
  settle(quietMs?: number, maxMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 under a base path, as GitHub Pages
 * would: directories get their index.html, anything else is a 404 page.
 * With `gzip`, text is sent gzipped (level 6) to clients that accept it, as
 * Pages does; Pagefind's files are gzip already. Each request is logged with
 * the bytes it put on the wire. `port` 0 takes any free port.
 */
export async function serve(dir: string, base = '/', { gzip = false, port = 0 } = {}): Promise<StaticSite> {
  const requests: ServedRequest[] = [];
  const compressed = new Map<string, Buffer>();
  let seq = 0;
  let inFlight = 0;
  let last = Date.now();
  const server: Server = createServer((request, response) => {
    const entry = { seq: seq++, path: request.url ?? '/', status: 200, bytes: 0 };
    inFlight += 1;
    response.on('close', () => {
      requests.push(entry);
      inFlight -= 1;
      last = Date.now();
    });
    const path = decodeURIComponent(new URL(entry.path, 'http://localhost').pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const candidate = normalize(join(dir, path.slice(base.length)));
      if (candidate.startsWith(normalize(dir))) {
        file =
          existsSync(candidate) && statSync(candidate).isDirectory()
            ? join(candidate, 'index.html')
            : candidate;
      }
    }
    if (!file || !existsSync(file)) {
      entry.status = 404;
      file = join(dir, '404.html');
      if (!existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
    }
    const type = TYPES[extname(file)];
    const headers: Record<string, string> = { 'Content-Type': type ?? 'application/octet-stream' };
    if (
      gzip &&
      type &&
      type !== TYPES['.wasm'] &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')
    ) {
      let body = compressed.get(file);
      if (!body) compressed.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
      entry.bytes = body.length;
      response.writeHead(entry.status, { ...headers, 'Content-Encoding': 'gzip' }).end(body);
      return;
    }
    entry.bytes = statSync(file).size;
    response.writeHead(entry.status, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    mark: () => seq,
    async settle(quietMs = 500, maxMs = 20_000) {
      const start = Date.now();
      while (Date.now() - start < maxMs && (inFlight > 0 || Date.now() - last < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

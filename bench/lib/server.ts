import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a request fetched, for page weight and search cost. */
export type ResourceKind = 'html' | 'css' | 'js' | 'wasm' | 'search-index' | 'image' | 'font' | 'other';

export interface RequestRecord {
  seq: number;
  path: string;
  status: number;
  kind: ResourceKind;
  /** Size of the file as stored. */
  rawBytes: number;
  /** Body bytes sent: gzip when the client asked and the type compresses. */
  wireBytes: number;
  /** Size gzipped, whether or not it was sent compressed (equal to raw for precompressed files). */
  gzipBytes: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Text types worth compressing; Pagefind's own files are gzip already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
]);

export function kindOf(path: string): ResourceKind {
  const ext = extname(path);
  if (/\.pagefind$/.test(path) && path.includes('wasm')) return 'wasm';
  if (ext === '.wasm') return 'wasm';
  if (/\.pf_(meta|index|fragment|filter)$/.test(path) || /pagefind-entry\.json$/.test(path))
    return 'search-index';
  if (ext === '.html') return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (['.svg', '.png', '.jpg', '.webp', '.ico', '.avif', '.gif'].includes(ext)) return 'image';
  if (['.woff', '.woff2', '.ttf'].includes(ext)) return 'font';
  return 'other';
}

/** Search machinery: anything from /pagefind/, WebAssembly, or a script named after search. */
export function isSearchResource(record: Pick<RequestRecord, 'path' | 'kind'>): boolean {
  return (
    record.path.includes('/pagefind/') ||
    record.kind === 'wasm' ||
    record.kind === 'search-index' ||
    (record.kind === 'js' && /search|pagefind/i.test(record.path))
  );
}

export interface StaticServer {
  origin: string;
  /** Every request so far. */
  log: RequestRecord[];
  /** Requests still being answered. */
  inFlight(): number;
  /** The sequence number the next request will get. */
  mark(): number;
  since(mark: number): RequestRecord[];
  /** Resolves once nothing has been requested or in flight for `quietMs` (or at `maxMs`). */
  settle(quietMs?: number, maxMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** A static server for `dist` that counts the bytes of every request (Web Worker fetches included). */
export async function startStaticServer(distDir: string, port = 0): Promise<StaticServer> {
  const dist = resolve(distDir);
  const log: RequestRecord[] = [];
  const gzipCache = new Map<string, Buffer>();
  let seq = 0;
  let inFlight = 0;
  let lastActivity = Date.now();
  const notFound = join(dist, '404.html');

  const server: Server = createServer((request, response) => {
    inFlight += 1;
    lastActivity = Date.now();
    const id = seq++;
    const finish = (record: Omit<RequestRecord, 'seq'>): void => {
      log.push({ seq: id, ...record });
      inFlight -= 1;
      lastActivity = Date.now();
    };
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) file = notFound;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        finish({ path, status: 301, kind: 'other', rawBytes: 0, wireBytes: 0, gzipBytes: 0 });
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = notFound;
    }
    const ext = extname(file);
    const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
    const compressible = COMPRESSIBLE.has(ext);
    let gz = gzipCache.get(file);
    if (!gz && compressible) {
      gz = gzipSync(body, { level: 6 });
      gzipCache.set(file, gz);
    }
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const send = compressible && acceptsGzip && gz ? gz : body;
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': String(send.length),
      'Cache-Control': 'public, max-age=3600',
      Vary: 'Accept-Encoding',
    };
    if (send === gz) headers['Content-Encoding'] = 'gzip';
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : send, () => {
      finish({
        path: path + url.search,
        status,
        kind: kindOf(file),
        rawBytes: body.length,
        wireBytes: request.method === 'HEAD' ? 0 : send.length,
        gzipBytes: gz ? gz.length : body.length,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(address.port)}`,
    log,
    inFlight: () => inFlight,
    mark: () => seq,
    since: (mark) => log.filter((record) => record.seq >= mark).sort((a, b) => a.seq - b.seq),
    async settle(quietMs = 1000, maxMs = 20_000) {
      const start = Date.now();
      while (Date.now() - start < maxMs) {
        if (inFlight === 0 && Date.now() - lastActivity >= quietMs) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

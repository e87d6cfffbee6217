import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

export interface StaticSite {
  /** Origin plus base path, such as http://127.0.0.1:41234/freebsd-xen/. */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a build folder on 127.0.0.1 under a base path, as GitHub Pages
 * would: directories get their index.html, anything else is a 404 page.
 */
export async function serve(dir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
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
      response.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html' });
      createReadStream(join(dir, '404.html')).pipe(response);
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${String(port)}`;
  return {
    url: `${origin}${base}`,
    origin,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

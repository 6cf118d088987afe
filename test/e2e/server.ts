import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECURITY_HEADERS } from '../../vite.config';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/**
 * A tiny static server for dist/ on 127.0.0.1 that behaves like a CDN: gzip for text files and
 * long-lived caching of hashed assets (Lighthouse measures what a real deployment would send).
 */
export async function serveDist(
  dir = resolve('dist'),
  port = 0,
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const root = resolve(dir);
  const gzipped = new Map<string, Buffer>();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    } catch {
      path = join(root, 'index.html'); // SPA fallback
    }
    try {
      let body: Buffer = await readFile(path);
      const headers: Record<string, string> = {
        ...SECURITY_HEADERS, // what the README asks a host to send
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      };
      headers['cache-control'] = path.includes('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache';
      if (
        COMPRESSIBLE.has(extname(path)) &&
        /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      ) {
        const key = `${path}:${body.length}`;
        body = gzipped.get(key) ?? gzipSync(body);
        gzipped.set(key, body);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

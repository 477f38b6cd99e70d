/**
 * A small static file server for the benchmark pages: node:http, content types by extension, no
 * caching (every load fetches every byte), no compression (same for both pages), and nothing
 * outside its root; and the browser's warm-up before anything is measured.
 */
import type { Browser } from 'playwright-core';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    const send = (code: number, text: string): void => {
      response.writeHead(code, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
      });
      response.end(text);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(405, 'method not allowed');
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, 'bad request');
    }
    let path = normalize(join(base, pathname));
    if (!path.startsWith(base)) return send(403, 'forbidden');
    let stats = statSync(path, { throwIfNoEntry: false });
    if (stats?.isDirectory()) {
      path = join(path, 'index.html');
      stats = statSync(path, { throwIfNoEntry: false });
    }
    if (!stats?.isFile()) return send(404, 'not found');
    response.writeHead(200, {
      'content-type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': 'no-store',
    });
    if (request.method === 'HEAD') return response.end();
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * One unmeasured load of a page that draws (the bare sigma page on the smallest site), waiting for
 * its first draw. The first page of a browser session also starts the GPU process and SwiftShader:
 * without this the explorer, always measured first, paid for that alone (first draw of the default
 * corpus ~1.8 s instead of ~0.85 s).
 */
export async function warmUp(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('bare:first-draw').length > 0,
    null,
    {
      timeout: 240_000,
      polling: 100,
    },
  );
  await context.close();
}

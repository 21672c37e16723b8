// A minimal static file server for the browser tests and bench:search: serves a folder under a sub-path (e.g. /arkisto/)
// on 127.0.0.1 at a random port, as a static host would (folder → index.html, 404 → /404.html).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** Base URL ending in the prefix, e.g. "http://127.0.0.1:41234/arkisto/". */
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix = '/arkisto/'): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!pathname.startsWith(prefix)) {
        res.writeHead(404).end();
        return;
      }
      let file = path.join(root, pathname.slice(prefix.length));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      let status = 200;
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        status = 404;
        file = path.join(root, '404.html');
      }
      res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

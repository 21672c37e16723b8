// The HTTP side of `npm run serve`: dist/ at the root of 127.0.0.1:<port> (folder → index.html,
// missing → 404.html), the reload script injected into HTML, and the event stream.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { CLIENT_SCRIPT, EVENTS_PATH, injectReloadScript, type LiveChannel, SCRIPT_PATH } from './live-reload.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.svg': 'image/svg+xml',
};

async function fileFor(root: string, pathname: string): Promise<{ file: string; status: number }> {
  const file = path.join(root, pathname);
  if (file !== root && !file.startsWith(root + path.sep)) return { file: path.join(root, '404.html'), status: 404 };
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return { file, status: 200 };
  if (info?.isDirectory() && (await stat(path.join(file, 'index.html')).catch(() => null))) return { file: path.join(file, 'index.html'), status: 200 };
  return { file: path.join(root, '404.html'), status: 404 };
}

export async function startDevServer(root: string, port: number, live: LiveChannel): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    void (async () => {
      let pathname: string;
      try {
        pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (pathname === EVENTS_PATH) return live.connect(res);
      if (pathname === SCRIPT_PATH) {
        res.writeHead(200, { 'content-type': TYPES['.js']!, 'cache-control': 'no-store' }).end(CLIENT_SCRIPT);
        return;
      }
      const { file, status } = await fileFor(root, pathname);
      const body = await readFile(file).catch(() => null);
      if (body === null) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found (the site is not built yet?)');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const out = type.startsWith('text/html') ? injectReloadScript(body.toString('utf8'), SCRIPT_PATH) : body;
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(out);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** Origin plus base path, ending in `/`: `http://127.0.0.1:PORT/report/`. */
  url: string;
  close(): Promise<void>;
}

/** Maps a request path under `basePath` to a file in `root`, or null when it falls outside either. */
export function resolveFile(root: string, basePath: string, requestPath: string): string | null {
  const pathname = decodeURIComponent(requestPath.split('?')[0] ?? '/');
  if (!pathname.startsWith(basePath)) return null;
  const relative = normalize(pathname.slice(basePath.length));
  const file = join(root, relative);
  if (file !== root && !file.startsWith(root + sep)) return null;
  return pathname.endsWith('/') ? join(file, 'index.html') : file;
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

/** Serves a built site on loopback, like a static host: `/dir/` → `dir/index.html`, else the 404 page. */
export async function serveStatic(root: string, basePath = '/'): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const file = resolveFile(root, basePath, request.url ?? '/');
    const found = file !== null && (await isFile(file));
    const served = found ? file : join(root, '404.html');
    const status = found ? 200 : 404;
    if (!found && !(await isFile(served))) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('404');
      return;
    }
    response.writeHead(status, {
      'content-type': contentTypes[extname(served)] ?? 'application/octet-stream',
    });
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// Serves the project folder on a local port for the demo (`npm start`) and prints the addresses of
// the demo and of its playground.
// `serve` also serves another folder, such as the built demo site (scripts/check-demo.mjs).
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
/** Content types by file extension. */
export const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function resolveFile(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(root, join(urlPath, 'index.html'));
  return info?.isFile() ? path : undefined;
}

/**
 * Serves a folder, by default the project's, where `/` leads to the demo; resolves with the server
 * once it listens (port 0: any free port). `headers` are added to every file's response; as a
 * function, it is given the path asked for and returns that file's.
 */
export function serve(port = 0, { root = projectRoot, headers = {} } = {}) {
  root = resolve(root);
  const isProject = root === resolve(projectRoot);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (isProject && pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      response.end();
      return;
    }
    const file = await resolveFile(root, pathname).catch(() => undefined);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(typeof headers === 'function' ? headers(pathname) : headers),
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let server;
  try {
    server = await serve(Number(process.env.PORT ?? 8000));
  } catch (error) {
    // Another program has the port: take a free one rather than give up, unless PORT was asked for.
    if (error.code !== 'EADDRINUSE' || process.env.PORT) throw error;
    server = await serve(0);
  }
  const address = `http://localhost:${server.address().port}/demo/`;
  console.log(`pm-ladder demo: ${address}`);
  console.log(`playground:     ${address}playground.html`);
  console.log('Press Ctrl+C to stop.');
}

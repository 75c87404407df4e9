// Serves the project folder on a local port for the demo (`npm start`) and prints the address.
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

async function resolveFile(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) return resolveFile(join(urlPath, 'index.html'));
  return info?.isFile() ? path : undefined;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  const file = await resolveFile(pathname).catch(() => undefined);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
});

const preferred = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  // Another program has the port: take the next one rather than give up.
  if (error.code === 'EADDRINUSE' && !process.env.PORT) server.listen(0);
  else throw error;
});
server.listen(preferred, () => {
  const { port } = server.address();
  console.log(`pm-ladder demo: http://localhost:${port}/demo/`);
  console.log('Press Ctrl+C to stop.');
});

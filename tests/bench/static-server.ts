import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { contentSecurityPolicy } from '../../main/electron/csp';
import { MIME, rendererFile, resolveRendererFile } from '../e2e/support/harness';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer (with the app's CSP) and the bare React page from 127.0.0.1,
 * so start-up is timed the same way for both pages and not through Playwright's request
 * interception, the way Electron serves app:// natively.
 */
export async function startStaticServer(blank: { html: string; js: string }): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path === '/blank/index.html') return res.writeHead(200, { 'content-type': MIME['.html']! }).end(blank.html);
      if (path === '/blank/app.js') return res.writeHead(200, { 'content-type': MIME['.js']! }).end(blank.js);
      const file = resolveRendererFile(path);
      const body = file ? await rendererFile(file) : null;
      if (!file || !body) return res.writeHead(404).end('not found');
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'content-security-policy': contentSecurityPolicy({ isDev: false }) });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the bench server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

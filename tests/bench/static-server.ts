import { createServer, type Server } from 'node:http';
import { contentSecurityPolicy } from '../../main/electron/csp';
import { appResponseHeaders } from '../../main/electron/app-response';
import { mimeTypeFor } from '../../main/electron/app-protocol';
import { serveRenderer } from '../e2e/support/harness';

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
      // The bare page gets the same headers as the app, so both are loaded alike.
      const csp = contentSecurityPolicy({ isDev: false });
      if (path === '/blank/index.html') return res.writeHead(200, appResponseHeaders(csp, mimeTypeFor(path))).end(blank.html);
      if (path === '/blank/app.js') return res.writeHead(200, appResponseHeaders(csp, mimeTypeFor(path))).end(blank.js);
      const answer = await serveRenderer(path);
      res.writeHead(answer.status, answer.headers).end(answer.body);
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

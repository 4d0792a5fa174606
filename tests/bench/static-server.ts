import { createServer, type IncomingMessage, type Server } from 'node:http';
import { contentSecurityPolicy } from '../../main/electron/csp';
import { appResponseHeaders } from '../../main/electron/app-response';
import { mimeTypeFor } from '../../main/electron/app-protocol';
import type { Dispatch } from '../../main/dispatch';
import { serveRenderer } from '../e2e/support/harness';

export interface StaticServer {
  origin: string;
  /**
   * Registers one app instance's handlers (called per request, so they may be set up after
   * this); its page reaches them by POST to the returned path (StartOptions.transport).
   */
  attach(dispatch: Dispatch): { httpPath: string; detach(): void };
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the built renderer (with the app's CSP) and the bare React page from 127.0.0.1,
 * so start-up is timed the same way for both pages and not through Playwright's request
 * interception, the way Electron serves app:// natively. It also carries the app's API
 * calls for attached instances, as Electron's IPC would.
 */
export async function startStaticServer(blank: { html: string; js: string }): Promise<StaticServer> {
  const apps = new Map<string, Dispatch>();
  let nextId = 0;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      // The bare page gets the same headers as the app, so both are loaded alike.
      const csp = contentSecurityPolicy({ isDev: false });
      const api = /^\/__tta\/([^/]+)\/([^/]+)$/.exec(path);
      if (api && req.method === 'POST') {
        const dispatch = apps.get(api[1]!);
        if (!dispatch) return res.writeHead(404).end();
        const text = await body(req);
        const reply = await dispatch(decodeURIComponent(api[2]!), text === '' ? undefined : JSON.parse(text));
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
      }
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
    attach(dispatch) {
      const id = String(nextId++);
      apps.set(id, dispatch);
      return { httpPath: `/__tta/${id}`, detach: () => apps.delete(id) };
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A page still open keeps its connections; close() alone would wait for them.
        server.closeAllConnections();
      }),
  };
}

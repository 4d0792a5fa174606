import { readFile } from 'node:fs/promises';
import { resolveAppRequest } from './app-protocol';

export interface AppRequestLike {
  readonly url: string;
  readonly method: string;
}

/** Headers every app:// answer carries, errors included. */
export function appResponseHeaders(csp: string, mimeType?: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    ...(mimeType ? { 'Content-Type': mimeType } : {}),
  };
}

/**
 * The app:// handler body, Electron-free so it can be run on real files in
 * tests: resolve safely, read the file, answer with the CSP attached.
 */
export function createAppRequestHandler(rootDir: string, csp: string): (request: AppRequestLike) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...appResponseHeaders(csp), Allow: 'GET, HEAD' } });
    }
    const resolved = resolveAppRequest(request.url, rootDir);
    if ('status' in resolved) return new Response(null, { status: resolved.status, headers: appResponseHeaders(csp) });
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(resolved.path);
    } catch {
      // Missing file or a directory: either way there is nothing to serve.
      return new Response(null, { status: 404, headers: appResponseHeaders(csp) });
    }
    const headers = appResponseHeaders(csp, resolved.mimeType);
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}

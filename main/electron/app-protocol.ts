import path from 'node:path';
import type { Privileges } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * standard + secure give the bundle a real origin and a secure context;
 * supportFetchAPI lets the renderer fetch its own assets. bypassCSP stays off
 * so our Content-Security-Policy always applies.
 */
export const appProtocolPrivileges: Privileges = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  bypassCSP: false,
  // Chromium caches compiled JavaScript only for http(s) unless a standard scheme asks for it:
  // from the second launch on, the bundle is not parsed and compiled from scratch.
  codeCache: true,
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type AppResolution = { path: string; mimeType: string } | { status: 403 | 404 };

const INDEX = 'index.html';
const forbidden = { status: 403 } as const;

/**
 * Maps an app://bundle/... request to a file under rootDir, or refuses it.
 * The raw URL string is inspected rather than new URL(): the URL parser folds
 * "..", "%2e%2e" and friends away, and a request carrying them is refused
 * outright instead of being quietly reinterpreted.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): AppResolution {
  const schemePrefix = `${APP_SCHEME}://`;
  if (!requestUrl.toLowerCase().startsWith(schemePrefix)) return forbidden;
  try {
    new URL(requestUrl);
  } catch {
    return forbidden;
  }
  const afterScheme = requestUrl.slice(schemePrefix.length);
  const authorityEnd = afterScheme.search(/[/?#]/);
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd);
  // Exact match also refuses user@host, ports and other hosts.
  if (authority !== APP_HOST) return forbidden;

  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd);
  const rawPath = rest.split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\')) return forbidden;

  const rawSegments = rawPath === '' || rawPath === '/' ? [INDEX] : rawPath.slice(1).split('/');
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1;
    if (raw === '') {
      // A trailing slash asks for a directory listing; an empty segment elsewhere ("//") is an absolute-path trick.
      return isLast ? { status: 404 } : forbidden;
    }
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return forbidden;
    }
    // Encoded separators, null bytes, drive letters / streams, double encoding and dot segments
    // have no place in our asset names.
    // eslint-disable-next-line no-control-regex
    if (decoded === '.' || decoded === '..' || /[/\\:%\u0000-\u001f]/.test(decoded)) return forbidden;
    segments.push(decoded);
  }
  // Client-side routes (no file extension) are served the app shell so deep links and reloads work.
  const last = segments[segments.length - 1] ?? INDEX;
  if (!last.includes('.')) segments.splice(0, segments.length, INDEX);

  const root = path.resolve(rootDir);
  const target = path.resolve(root, ...segments);
  const rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  if (!target.startsWith(rootWithSep)) return forbidden;
  return { path: target, mimeType: mimeTypeFor(target) };
}

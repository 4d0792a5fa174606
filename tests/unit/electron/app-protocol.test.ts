import path from 'node:path';
import { describe, it, expect } from 'vitest';
import {
  APP_ORIGIN,
  APP_SCHEME,
  appProtocolPrivileges,
  mimeTypeFor,
  resolveAppRequest,
} from '../../../main/electron/app-protocol';

const root = path.resolve('/srv/app/out/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('app scheme constants', () => {
  it('names the scheme and origin', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_ORIGIN).toBe('app://bundle');
  });

  it('is a standard, secure, fetchable scheme that does not bypass CSP', () => {
    expect(appProtocolPrivileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, codeCache: true });
    expect(appProtocolPrivileges.bypassCSP).toBeFalsy();
    expect(appProtocolPrivileges.allowServiceWorkers).toBeFalsy();
    expect(appProtocolPrivileges.corsEnabled).toBeFalsy();
  });
});

describe('resolveAppRequest: normal assets', () => {
  it.each([
    ['app://bundle/', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/index.html?x=1#top', 'index.html', 'text/html; charset=utf-8'],
    ['app://bundle/assets/index-abc123.js', 'assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/worker.mjs', 'assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['app://bundle/assets/index-abc123.css', 'assets/index-abc123.css', 'text/css; charset=utf-8'],
    ['app://bundle/assets/index-abc123.js.map', 'assets/index-abc123.js.map', 'application/json; charset=utf-8'],
    ['app://bundle/data/x.json', 'data/x.json', 'application/json; charset=utf-8'],
    ['app://bundle/assets/logo.svg', 'assets/logo.svg', 'image/svg+xml'],
    ['app://bundle/assets/logo.PNG', 'assets/logo.PNG', 'image/png'],
    ['app://bundle/assets/inter.woff2', 'assets/inter.woff2', 'font/woff2'],
    ['app://bundle/assets/inter.ttf', 'assets/inter.ttf', 'font/ttf'],
    ['app://bundle/favicon.ico', 'favicon.ico', 'image/x-icon'],
    ['app://bundle/assets/file%20name.png', 'assets/file name.png', 'image/png'],
    ['app://bundle/assets/blob.bin', 'assets/blob.bin', 'application/octet-stream'],
  ])('%s → %s (%s)', (url, file, mimeType) => {
    expect(resolveAppRequest(url, root)).toEqual({ path: inRoot(file), mimeType });
  });

  it.each(['app://bundle/catalogue', 'app://bundle/plans/plan-1', 'app://bundle/catalogue?audience=icac'])(
    'serves the app shell for the client-side route %s',
    (url) => {
      expect(resolveAppRequest(url, root)).toEqual({ path: inRoot('index.html'), mimeType: 'text/html; charset=utf-8' });
    },
  );

  it('works when the root is given relative or with a trailing separator', () => {
    expect(resolveAppRequest('app://bundle/a.js', root + path.sep)).toEqual({ path: inRoot('a.js'), mimeType: 'text/javascript; charset=utf-8' });
  });

  it('answers 404 for a directory with a trailing slash', () => {
    expect(resolveAppRequest('app://bundle/assets/', root)).toEqual({ status: 404 });
  });
});

describe('resolveAppRequest: refused', () => {
  it.each([
    // plain and encoded traversal
    'app://bundle/../secret.txt',
    'app://bundle/assets/../../secret.txt',
    'app://bundle/assets/../index.html',
    'app://bundle/./index.html',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E/secret.txt',
    'app://bundle/.%2e/secret.txt',
    'app://bundle/%2e./secret.txt',
    'app://bundle/assets/%2e%2e/%2e%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/..%2Fsecret.txt',
    'app://bundle/assets%2f..%2f..%2fsecret.txt',
    'app://bundle/%252e%252e/secret.txt',
    // backslashes, raw and encoded
    'app://bundle/..\\secret.txt',
    'app://bundle/assets\\..\\..\\secret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/..%5Csecret.txt',
    // null bytes and control characters
    'app://bundle/index.html%00.png',
    'app://bundle/index%00',
    'app://bundle/a%0a.js',
    // absolute paths
    'app://bundle//etc/passwd',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/C:/Windows/win.ini',
    'app://bundle/C%3A%5CWindows%5Cwin.ini',
    'app://bundle/index.html:stream',
    // malformed escapes
    'app://bundle/%E0%A4%A',
    'app://bundle/%',
    // other hosts, users, ports and schemes
    'app://evil/index.html',
    'app://bundle.evil/index.html',
    'app://user@bundle/index.html',
    'app://bundle:8080/index.html',
    'app:///index.html',
    'app:/bundle/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'not a url',
    '',
  ])('refuses %s with 403', (url) => {
    expect(resolveAppRequest(url, root)).toEqual({ status: 403 });
  });

  it('never resolves outside the root, whatever the input', () => {
    const samples = ['..', '%2e%2e', '.%2E', '%2f', '%5c', '%00', '//', '\\', 'a', 'b.js', '%252e', ':', 'C:'];
    for (const a of samples) {
      for (const b of samples) {
        for (const c of samples) {
          const result = resolveAppRequest(`app://bundle/${a}/${b}/${c}`, root);
          if ('path' in result) expect(result.path.startsWith(root + path.sep)).toBe(true);
        }
      }
    }
  });
});

describe('mimeTypeFor', () => {
  it('falls back to octet-stream for unknown or missing extensions', () => {
    expect(mimeTypeFor('/x/y.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('/x/README')).toBe('application/octet-stream');
  });
});

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { appResponseHeaders, createAppRequestHandler } from '../../../main/electron/app-response';
import { contentSecurityPolicy } from '../../../main/electron/csp';

const csp = contentSecurityPolicy({ isDev: false });
let dir: string;
let rootDir: string;
let handle: ReturnType<typeof createAppRequestHandler>;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tta-app-protocol-'));
  rootDir = path.join(dir, 'renderer');
  mkdirSync(path.join(rootDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rootDir, 'index.html'), '<!doctype html><title>TTA</title>');
  writeFileSync(path.join(rootDir, 'assets', 'app.js'), 'console.log(1)');
  // A file beside the root that traversal would reach.
  writeFileSync(path.join(dir, 'secret.txt'), 'secret');
  handle = createAppRequestHandler(rootDir, csp);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle({ url, method });

describe('createAppRequestHandler', () => {
  it('serves index.html with its type, the CSP and nosniff', async () => {
    const response = await get('app://bundle/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>TTA</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets', async () => {
    const response = await get('app://bundle/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://bundle/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('answers 404 for missing files and directories, still with the CSP', async () => {
    for (const url of ['app://bundle/assets/missing.js', 'app://bundle/assets/']) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(csp);
    }
  });

  it('answers 403 to traversal and never returns the file outside the root', async () => {
    for (const url of ['app://bundle/../secret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt', 'app://evil/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://bundle/index.html', 'POST');
    expect(response.status).toBe(405);
  });
});

describe('appResponseHeaders', () => {
  it('adds Content-Type only when a type is known', () => {
    expect(appResponseHeaders('x')['Content-Type']).toBeUndefined();
    expect(appResponseHeaders('x', 'image/png')['Content-Type']).toBe('image/png');
  });
});

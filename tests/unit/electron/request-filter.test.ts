import { describe, expect, it } from 'vitest';
import { requestFilterDecision } from '../../../main/electron/request-filter';

describe('requestFilterDecision', () => {
  it('lets only the app: scheme through', () => {
    expect(requestFilterDecision('app://bundle/index.html', { isDev: false })).toEqual({ cancel: false });
    expect(requestFilterDecision('app://bundle/assets/index-abc.js', { isDev: false })).toEqual({ cancel: false });
  });

  it('cancels every other scheme, including the loopback, files and Chromium internals', () => {
    for (const url of [
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      'http://127.0.0.1:9222/json',
      'ws://localhost/',
      'file:///etc/passwd',
      'data:text/html,<h1>x</h1>',
      'chrome-extension://abc/x.js',
      'devtools://devtools/bundled/inspector.html',
      'not a url',
    ]) {
      expect({ url, ...requestFilterDecision(url, { isDev: false }) }).toEqual({ url, cancel: true });
    }
  });

  it('lets DevTools load its front end in development only', () => {
    expect(requestFilterDecision('devtools://devtools/bundled/inspector.html', { isDev: true })).toEqual({ cancel: false });
    expect(requestFilterDecision('https://example.org/', { isDev: true })).toEqual({ cancel: true });
  });
});

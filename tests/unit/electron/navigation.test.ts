import { describe, it, expect } from 'vitest';
import { isAppUrl, shouldAllowNavigation, windowOpenDecision } from '../../../main/electron/navigation';

describe('isAppUrl / shouldAllowNavigation', () => {
  it.each(['app://bundle/index.html', 'app://bundle/', 'app://bundle', 'app://bundle/catalogue?audience=icac#x'])(
    'allows our bundle: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
      expect(shouldAllowNavigation(url)).toBe(true);
    },
  );

  it.each([
    'https://example.org/',
    'http://bundle/index.html',
    'file:///index.html',
    'app://evil/index.html',
    'app://bundle.evil.com/index.html',
    'app://bundle:8080/index.html',
    'app://user@bundle/index.html',
    'app://user:pw@bundle/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome://settings',
    'APP://evil/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(shouldAllowNavigation(url)).toBe(false);
  });
});

describe('windowOpenDecision', () => {
  it('always denies the new window', () => {
    for (const url of ['https://example.org', 'app://bundle/index.html', 'http://x', 'garbage']) {
      expect(windowOpenDecision(url).action).toBe('deny');
    }
  });

  it('opens https links in the system browser', () => {
    expect(windowOpenDecision('https://www.icactaskforce.org/training')).toEqual({ action: 'deny', openExternally: true });
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'app://bundle/index.html',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'smb://server/share',
    'https://user:pw@example.org/',
    'not a url',
  ])('never hands %s to the system', (url) => {
    expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: false });
  });
});

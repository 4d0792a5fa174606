import { describe, it, expect } from 'vitest';
import { isTrustedSender, type SenderEventLike } from '../../../main/electron/sender';

const WINDOW_ID = 7;

function event(overrides: { url?: string; parent?: unknown; frame?: null; senderId?: number } = {}): SenderEventLike {
  return {
    senderFrame:
      overrides.frame === null ? null : { url: overrides.url ?? 'app://bundle/index.html', parent: overrides.parent ?? null },
    sender: { id: overrides.senderId ?? WINDOW_ID },
  };
}

describe('isTrustedSender', () => {
  it('trusts the main frame of our window showing the bundle', () => {
    expect(isTrustedSender(event(), WINDOW_ID)).toBe(true);
    expect(isTrustedSender(event({ url: 'app://bundle/catalogue?q=amber' }), WINDOW_ID)).toBe(true);
  });

  it('refuses when the frame is gone', () => {
    expect(isTrustedSender(event({ frame: null }), WINDOW_ID)).toBe(false);
  });

  it('refuses a sub-frame', () => {
    expect(isTrustedSender(event({ parent: { url: 'app://bundle/index.html' } }), WINDOW_ID)).toBe(false);
  });

  it.each(['https://example.org/', 'file:///index.html', 'app://evil/index.html', 'about:blank', 'data:text/html,x', ''])(
    'refuses a frame showing %s',
    (url) => {
      expect(isTrustedSender(event({ url }), WINDOW_ID)).toBe(false);
    },
  );

  it('refuses another webContents', () => {
    expect(isTrustedSender(event({ senderId: WINDOW_ID + 1 }), WINDOW_ID)).toBe(false);
  });

  it('refuses everything while there is no window', () => {
    expect(isTrustedSender(event(), null)).toBe(false);
  });

  it('refuses, rather than throws, when reading the frame throws', () => {
    const throwing = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
      sender: { id: WINDOW_ID },
    };
    expect(isTrustedSender(throwing, WINDOW_ID)).toBe(false);
  });
});

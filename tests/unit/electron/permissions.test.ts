import { describe, it, expect } from 'vitest';
import { permissionCheckDecision, permissionRequestDecision } from '../../../main/electron/permissions';

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
  'midi',
  'midiSysex',
  'mediaKeySystem',
  'pointerLock',
  'keyboardLock',
  'openExternal',
  'idle-detection',
  'window-management',
  'storage-access',
  'top-level-storage-access',
  'speaker-selection',
  'fileSystem',
  'hid',
  'serial',
  'usb',
  'unknown',
];
const origins = ['app://bundle/index.html', 'app://bundle', 'https://example.org/', 'file:///etc/passwd', ''];

describe('permission decisions', () => {
  it.each(permissions)('denies a request for %s from any origin, our own included', (permission) => {
    for (const origin of origins) expect(permissionRequestDecision(permission, origin)).toBe(false);
  });

  it.each(permissions)('answers a check for %s with "not granted" from any origin', (permission) => {
    for (const origin of origins) expect(permissionCheckDecision(permission, origin)).toBe(false);
  });
});

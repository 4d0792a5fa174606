import { describe, expect, it } from 'vitest';
import { isMenuCommand } from '../../../shared/menu-commands';
import { acceleratorFor, commandForKey, formatKeys, hasModifier, parseKeys, shortcuts, type KeyEventLike } from '../../../shared/shortcuts';

const press = (key: string, mods: Partial<KeyEventLike> = {}): KeyEventLike => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  inTextField: false,
  ...mods,
});

describe('the shortcut list', () => {
  it('parses, names real commands, and never gives two entries the same keys', () => {
    for (const s of shortcuts) {
      expect(() => parseKeys(s.keys), s.keys).not.toThrow();
      expect((s.command === undefined) !== (s.role === undefined), `${s.keys} needs a command or a role`).toBe(true);
      if (s.command) expect(isMenuCommand(s.command)).toBe(true);
    }
    expect(new Set(shortcuts.map((s) => s.keys)).size).toBe(shortcuts.length);
  });

  it('has Ctrl/Cmd+1 and +2 for Start and Catalogue, Ctrl/Cmd+F for search and ? for this list', () => {
    expect(acceleratorFor({ command: 'go-start' })).toBe('CmdOrCtrl+1');
    expect(acceleratorFor({ command: 'go-catalogue' })).toBe('CmdOrCtrl+2');
    expect(acceleratorFor({ command: 'find' })).toBe('CmdOrCtrl+F');
    expect(shortcuts.some((s) => s.keys === '?' && s.command === 'show-shortcuts')).toBe(true);
  });

  it('gives the menu only keys with a modifier', () => {
    expect(acceleratorFor({ command: 'show-shortcuts' })).toBe('CmdOrCtrl+/');
    expect(acceleratorFor({ command: 'import-catalogue' })).toBeUndefined();
    expect(acceleratorFor({ role: 'zoomIn' })).toBe('CmdOrCtrl+Plus');
  });
});

describe('parseKeys / hasModifier', () => {
  it('splits modifiers from the key and reads Plus as +', () => {
    expect(parseKeys('CmdOrCtrl+Shift+F')).toEqual({ modifiers: new Set(['CmdOrCtrl', 'Shift']), key: 'F' });
    expect(parseKeys('CmdOrCtrl+Plus').key).toBe('+');
    expect(parseKeys('CmdOrCtrl+-').key).toBe('-');
    expect(hasModifier('?')).toBe(false);
    expect(hasModifier('CmdOrCtrl+1')).toBe(true);
  });

  it('rejects unknown modifiers and a missing key', () => {
    expect(() => parseKeys('Hyper+1')).toThrow(/Unknown modifier/);
    expect(() => parseKeys('CmdOrCtrl+')).toThrow(/No key/);
  });
});

describe('commandForKey', () => {
  it('reads CmdOrCtrl as Ctrl on Windows/Linux and as Cmd on macOS', () => {
    expect(commandForKey(press('1', { ctrlKey: true }), false)).toBe('go-start');
    expect(commandForKey(press('1', { metaKey: true }), false)).toBeNull();
    expect(commandForKey(press('1', { metaKey: true }), true)).toBe('go-start');
    expect(commandForKey(press('1', { ctrlKey: true }), true)).toBeNull();
    expect(commandForKey(press(',', { ctrlKey: true }), false)).toBe('go-settings');
  });

  it('needs exactly the modifiers the shortcut names', () => {
    expect(commandForKey(press('f', { ctrlKey: true }), false)).toBe('find');
    expect(commandForKey(press('F', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(commandForKey(press('f', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(commandForKey(press('f'), false)).toBeNull();
    expect(commandForKey(press('2', { ctrlKey: true, metaKey: true }), false)).toBeNull();
  });

  it('takes "?" and "/" however the layout types them, but not while typing in a field', () => {
    expect(commandForKey(press('?', { shiftKey: true }), false)).toBe('show-shortcuts');
    expect(commandForKey(press('/'), true)).toBe('find');
    expect(commandForKey(press('?', { shiftKey: true, inTextField: true }), false)).toBeNull();
    expect(commandForKey(press('/', { inTextField: true }), false)).toBeNull();
    expect(commandForKey(press('?', { ctrlKey: true }), false)).toBeNull();
  });

  it('still runs modifier shortcuts from inside a field', () => {
    expect(commandForKey(press('2', { ctrlKey: true, inTextField: true }), false)).toBe('go-catalogue');
  });

  it('ignores keys with no shortcut', () => {
    expect(commandForKey(press('9', { ctrlKey: true }), false)).toBeNull();
    expect(commandForKey(press('a'), false)).toBeNull();
  });
});

describe('formatKeys', () => {
  it('writes keys the way each platform does', () => {
    expect(formatKeys('CmdOrCtrl+1', false)).toBe('Ctrl+1');
    expect(formatKeys('CmdOrCtrl+1', true)).toBe('⌘1');
    expect(formatKeys('CmdOrCtrl+Shift+f', true)).toBe('⌘⇧F');
    expect(formatKeys('CmdOrCtrl+Plus', false)).toBe('Ctrl++');
    expect(formatKeys('?', false)).toBe('?');
  });
});

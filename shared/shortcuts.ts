import type { MenuCommand } from './menu-commands';
import { screens } from './screens';

/**
 * Every keyboard shortcut, once. The native menu takes its accelerators from here
 * (main/electron/menu-template.ts), the renderer runs the same commands from the
 * keyboard (renderer/app/use-shortcuts.ts) and lists them on the Keyboard shortcuts
 * page. Keys use Electron's accelerator syntax.
 */
export type ShortcutGroup = 'Go to' | 'Search' | 'View' | 'Help';

/** Zoom is done by Electron's built-in menu roles; listed here so the menu and the help page agree. */
export type ShortcutRole = 'zoomIn' | 'zoomOut' | 'resetZoom';

export interface Shortcut {
  keys: string;
  description: string;
  group: ShortcutGroup;
  command?: MenuCommand;
  role?: ShortcutRole;
}

export const shortcuts: readonly Shortcut[] = [
  // One per screen, in the order of shared/screens.ts.
  ...screens.map((s): Shortcut => ({ group: 'Go to', keys: s.keys, description: s.title, command: s.command })),
  { group: 'Search', keys: 'CmdOrCtrl+F', description: 'Search the catalogue', command: 'find' },
  { group: 'Search', keys: '/', description: 'Search the catalogue (when not typing in a field)', command: 'find' },
  { group: 'View', keys: 'CmdOrCtrl+Plus', description: 'Zoom in', role: 'zoomIn' },
  { group: 'View', keys: 'CmdOrCtrl+-', description: 'Zoom out', role: 'zoomOut' },
  { group: 'View', keys: 'CmdOrCtrl+0', description: 'Actual size', role: 'resetZoom' },
  { group: 'Help', keys: 'CmdOrCtrl+/', description: 'Keyboard shortcuts', command: 'show-shortcuts' },
  { group: 'Help', keys: '?', description: 'Keyboard shortcuts (when not typing in a field)', command: 'show-shortcuts' },
];

const MODIFIERS = new Set(['CmdOrCtrl', 'CommandOrControl', 'Ctrl', 'Control', 'Cmd', 'Command', 'Alt', 'Option', 'Shift', 'Super', 'Meta']);

interface ParsedKeys {
  modifiers: Set<string>;
  key: string;
}

/** "CmdOrCtrl+Shift+F" → modifiers and key. "Plus" names the + key, as in Electron. */
export function parseKeys(keys: string): ParsedKeys {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  for (const part of parts) if (!MODIFIERS.has(part)) throw new Error(`Unknown modifier "${part}" in "${keys}"`);
  if (key === '') throw new Error(`No key in "${keys}"`);
  return { modifiers: new Set(parts), key: key === 'Plus' ? '+' : key };
}

/** A bare key (like "?") is never put on the native menu: a menu accelerator would also fire while typing. */
export function hasModifier(keys: string): boolean {
  return parseKeys(keys).modifiers.size > 0;
}

/** The accelerator for a menu item: the first shortcut of that command or role that has a modifier. */
export function acceleratorFor(target: { command: MenuCommand } | { role: ShortcutRole }): string | undefined {
  const found = shortcuts.find(
    (s) => ('command' in target ? s.command === target.command : s.role === target.role) && hasModifier(s.keys),
  );
  return found?.keys;
}

/** The parts of a DOM KeyboardEvent the matcher reads, plus whether focus is in a text field. */
export interface KeyEventLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  inTextField: boolean;
}

const isLetterOrDigit = (key: string) => /^[a-z0-9]$/i.test(key);

function matches(keys: string, event: KeyEventLike, isMac: boolean): boolean {
  const { modifiers, key } = parseKeys(keys);
  const wantsCommand = modifiers.has('CmdOrCtrl') || modifiers.has('CommandOrControl');
  const primary = isMac ? event.metaKey : event.ctrlKey;
  const other = isMac ? event.ctrlKey : event.metaKey;
  if (primary !== wantsCommand || other) return false;
  if (event.altKey !== (modifiers.has('Alt') || modifiers.has('Option'))) return false;
  // Shift is part of typing punctuation ("?" is Shift+/ on many layouts), so it only counts for letters and digits.
  if (isLetterOrDigit(key) && event.shiftKey !== modifiers.has('Shift')) return false;
  if (modifiers.size === 0 && event.inTextField) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

/** The command a key press asks for, if any. */
export function commandForKey(event: KeyEventLike, isMac: boolean): MenuCommand | null {
  for (const s of shortcuts) if (s.command && matches(s.keys, event, isMac)) return s.command;
  return null;
}

const MAC_SYMBOLS: Record<string, string> = { CmdOrCtrl: '⌘', CommandOrControl: '⌘', Cmd: '⌘', Command: '⌘', Ctrl: '⌃', Control: '⌃', Alt: '⌥', Option: '⌥', Shift: '⇧' };
const PC_NAMES: Record<string, string> = { CmdOrCtrl: 'Ctrl', CommandOrControl: 'Ctrl', Control: 'Ctrl', Cmd: 'Ctrl', Command: 'Ctrl', Option: 'Alt', Super: 'Win', Meta: 'Win' };

/** How the keys read to a person on this platform: "⌘1" on a Mac, "Ctrl+1" elsewhere. */
export function formatKeys(keys: string, isMac: boolean): string {
  const { modifiers, key } = parseKeys(keys);
  const shown = key.length === 1 ? key.toUpperCase() : key;
  const mods = [...modifiers];
  if (isMac) return `${mods.map((m) => MAC_SYMBOLS[m] ?? m).join('')}${shown}`;
  return [...mods.map((m) => PC_NAMES[m] ?? m), shown].join('+');
}

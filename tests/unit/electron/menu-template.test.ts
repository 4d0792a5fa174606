import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { mainCommands, buildMenuTemplate } from '../../../main/electron/menu-template';
import { menuCommands } from '../../../shared/menu-commands';
import { hasModifier, shortcuts } from '../../../shared/shortcuts';

const platforms = ['darwin', 'win32', 'linux'] as const;

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const found = template.find((m) => m.label?.replace('&', '') === label);
  if (!found || !Array.isArray(found.submenu)) throw new Error(`no ${label} menu`);
  return found.submenu;
}

const ids = (items: MenuItemConstructorOptions[]) => items.map((i) => i.id).filter((id) => id !== undefined);
const roles = (items: MenuItemConstructorOptions[]) => items.map((i) => i.role).filter((r) => r !== undefined);
const build = (platform: NodeJS.Platform, isDev = false) => buildMenuTemplate({ platform, isDev, appName: 'TTA Navigator' });

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help, plus the app and Window menus on macOS', () => {
    expect(build('win32').map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('linux').map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(build('darwin').map((m) => m.label ?? m.role)).toEqual(['TTA Navigator', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it('is plain data: custom items carry command ids, never click handlers', () => {
    for (const platform of platforms) {
      const template = build(platform, true);
      expect(JSON.parse(JSON.stringify(template))).toEqual(template);
      for (const item of flatten(template)) expect(item.click).toBeUndefined();
    }
  });

  it('offers every menu command, and only known ones', () => {
    for (const platform of platforms) {
      const found = ids(flatten(build(platform)));
      expect(new Set(found)).toEqual(new Set([...menuCommands, ...mainCommands]));
      expect(found.length, `${platform}: an id used twice`).toBe(new Set(found).size);
    }
  });

  it('File holds the data commands in order; Quit is in File on Windows/Linux and in the app menu on macOS', () => {
    const data = ['import-completions', 'import-catalogue', 'export-records', 'backup-data', 'restore-backup'];
    for (const platform of ['win32', 'linux'] as const) {
      const file = menu(build(platform), 'File');
      expect(ids(file)).toEqual([...data, 'go-settings']);
      expect(file.at(-1)).toEqual({ role: 'quit' });
      expect(file.filter((i) => i.label?.endsWith('…')).map((i) => i.label)).toEqual([
        'Import Completions…',
        'Import Catalogue…',
        'Export Records…',
        'Back Up Data…',
        'Restore from Backup…',
        'Settings…',
      ]);
    }
    const mac = build('darwin');
    expect(ids(menu(mac, 'File'))).toEqual(data);
    expect(roles(menu(mac, 'File'))).not.toContain('quit');
    const appMenu = menu(mac, 'TTA Navigator');
    expect(roles(appMenu)).toContain('quit');
    expect(ids(appMenu)).toEqual(['show-about', 'go-settings']);
  });

  it('Edit has the standard roles and Find in Catalogue on Ctrl/Cmd+F', () => {
    const edit = menu(build('linux'), 'Edit');
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(edit.find((i) => i.id === 'find')).toMatchObject({ label: 'Find in Catalogue…', accelerator: 'CmdOrCtrl+F' });
    expect(roles(menu(build('darwin'), 'Edit'))).toContain('pasteAndMatchStyle');
  });

  it('View has the screens, a Theme submenu, zoom, and reload/DevTools only in development', () => {
    for (const platform of platforms) {
      const view = menu(build(platform), 'View');
      // The screens come from shared/shortcuts.ts in its order; a new screen's shortcut appears here by itself.
      const screens = shortcuts.filter((s) => s.group === 'Go to' && s.command !== 'go-settings').map((s) => s.command);
      expect(ids(view)).toEqual(screens);
      expect(screens.slice(0, 2)).toEqual(['go-start', 'go-catalogue']);
      const theme = view.find((i) => i.label === 'Theme');
      expect(ids(theme?.submenu as MenuItemConstructorOptions[])).toEqual(['theme-system', 'theme-light', 'theme-dark']);
      expect(roles(view)).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
      const dev = roles(menu(build(platform, true), 'View'));
      expect(dev).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'reload', 'forceReload', 'toggleDevTools']);
    }
  });

  it('never offers reload or DevTools in a packaged build, on any menu', () => {
    for (const platform of platforms) {
      const all = roles(flatten(build(platform, false)));
      for (const role of ['reload', 'forceReload', 'toggleDevTools']) expect(all).not.toContain(role);
    }
  });

  it('Help has Keyboard Shortcuts, Open Data Folder and (outside macOS) About', () => {
    expect(ids(menu(build('win32'), 'Help'))).toEqual(['show-shortcuts', 'open-data-folder', 'show-about']);
    expect(ids(menu(build('darwin'), 'Help'))).toEqual(['show-shortcuts', 'open-data-folder']);
    expect(menu(build('linux'), 'Help').find((i) => i.id === 'show-about')?.label).toBe('About TTA Navigator');
  });

  it('puts every shortcut with a modifier on the menu item of its command or role, and no bare keys', () => {
    for (const platform of platforms) {
      const items = flatten(build(platform));
      for (const s of shortcuts.filter((x) => hasModifier(x.keys))) {
        const owners = items.filter((i) => (s.command ? i.id === s.command : i.role === s.role));
        expect(owners.map((o) => o.accelerator), `${platform} ${s.keys}`).toEqual([s.keys]);
      }
      const accelerators = items.map((i) => i.accelerator).filter((a): a is string => a !== undefined);
      expect(accelerators.length, `${platform}: an accelerator used twice`).toBe(new Set(accelerators).size);
      for (const a of accelerators) expect(hasModifier(a), a).toBe(true);
    }
  });

  it('uses menu mnemonics (&File) only where they work: not on macOS', () => {
    const labels = flatten(build('darwin')).map((i) => i.label ?? '');
    expect(labels.some((l) => l.includes('&'))).toBe(false);
  });
});

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { isMainCommand, withCommandHandlers } from '../../../main/electron/menu-actions';
import { buildMenuTemplate, type MenuItemCommand } from '../../../main/electron/menu-template';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

type Click = () => void;

describe('withCommandHandlers', () => {
  const template = buildMenuTemplate({ platform: 'linux', isDev: true, appName: 'TTA Navigator' });

  it('gives every command item a click that runs exactly its own command, nested submenus included', () => {
    const ran: MenuItemCommand[] = [];
    const items = flatten(withCommandHandlers(template, (command) => ran.push(command)));
    const commandItems = items.filter((i) => i.id !== undefined);
    expect(commandItems.map((i) => i.id)).toContain('theme-dark');
    for (const item of commandItems) (item.click as Click)();
    expect(ran).toEqual(commandItems.map((i) => i.id));
  });

  it('leaves role items and separators to Electron', () => {
    const items = flatten(withCommandHandlers(template, () => undefined));
    for (const item of items.filter((i) => i.role !== undefined || i.type === 'separator')) expect(item.click).toBeUndefined();
  });

  it('does not touch items whose id is not a command, nor the template it was given', () => {
    const stray: MenuItemConstructorOptions[] = [{ id: 'rm -rf', label: 'Stray' }];
    expect(withCommandHandlers(stray, () => undefined)[0]?.click).toBeUndefined();
    withCommandHandlers(template, () => undefined);
    for (const item of flatten(template)) expect(item.click).toBeUndefined();
  });
});

describe('isMainCommand', () => {
  it('is true only for the commands the main process runs itself', () => {
    expect(isMainCommand('open-data-folder')).toBe(true);
    expect(isMainCommand('go-settings')).toBe(false);
    expect(isMainCommand(undefined)).toBe(false);
  });
});

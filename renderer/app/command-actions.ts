import type { MenuCommand } from '../../shared/menu-commands';
import type { Theme } from '../../shared/model/settings';

/**
 * What each menu command or shortcut does in the renderer. `go` opens a screen (left
 * as it is when already there, so filters survive) and, with `reveal`, focuses the
 * element of that id once it is on the page. Feature owners point a command at their
 * screen by changing its row; the Record type makes a new command impossible to forget.
 */
export type CommandAction = { kind: 'go'; path: string; reveal?: string } | { kind: 'theme'; theme: Theme };

export const commandActions: Record<MenuCommand, CommandAction> = {
  'go-start': { kind: 'go', path: '/' },
  'go-catalogue': { kind: 'go', path: '/catalogue' },
  'go-settings': { kind: 'go', path: '/settings' },
  // The id of SearchBox's input (renderer/features/catalogue/SearchBox.tsx).
  find: { kind: 'go', path: '/catalogue', reveal: 'catalogue-search' },
  // Data commands open the panel that does the job; Settings holds import, export and backups.
  'import-completions': { kind: 'go', path: '/settings' },
  'import-catalogue': { kind: 'go', path: '/settings', reveal: 'catalogue-panel-title' },
  'export-records': { kind: 'go', path: '/settings' },
  'backup-data': { kind: 'go', path: '/settings', reveal: 'backups-title' },
  'restore-backup': { kind: 'go', path: '/settings', reveal: 'backups-title' },
  'theme-light': { kind: 'theme', theme: 'light' },
  'theme-dark': { kind: 'theme', theme: 'dark' },
  'theme-system': { kind: 'theme', theme: 'system' },
  'show-about': { kind: 'go', path: '/settings', reveal: 'about-title' },
  'show-shortcuts': { kind: 'go', path: '/help/shortcuts', reveal: 'shortcuts-title' },
};

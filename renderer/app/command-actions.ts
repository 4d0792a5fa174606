import type { MenuCommand } from '../../shared/menu-commands';
import type { Theme } from '../../shared/model/settings';
import { screens, type ScreenCommand } from '../../shared/screens';

/**
 * What each menu command or shortcut does in the renderer. `go` opens a screen (left
 * as it is when already there, so filters survive) and, with `reveal`, focuses the
 * element of that id once it is on the page. Each screen's go-… command comes from
 * shared/screens.ts; the Record type makes a new command impossible to forget.
 */
export type CommandAction = { kind: 'go'; path: string; reveal?: string } | { kind: 'theme'; theme: Theme };

const goToScreen = Object.fromEntries(screens.map((s) => [s.command, { kind: 'go', path: s.path }])) as Record<ScreenCommand, CommandAction>;

export const commandActions: Record<MenuCommand, CommandAction> = {
  ...goToScreen,
  // The id of SearchBox's input (renderer/features/catalogue/SearchBox.tsx).
  find: { kind: 'go', path: '/catalogue', reveal: 'catalogue-search' },
  // Data commands open the panel that does the job; Settings holds import, export and backups.
  // The CSV import screen's file field (renderer/features/team/ImportPage.tsx).
  'import-completions': { kind: 'go', path: '/team/import', reveal: 'import-file' },
  'import-catalogue': { kind: 'go', path: '/settings', reveal: 'catalogue-panel-title' },
  // The export button on the Team screen (renderer/features/team/MembersPage.tsx).
  'export-records': { kind: 'go', path: '/team', reveal: 'export-records' },
  // The backup and restore buttons are in DataTransferPanel (renderer/features/settings/DataTransferPanel.tsx).
  'backup-data': { kind: 'go', path: '/settings', reveal: 'data-transfer-title' },
  'restore-backup': { kind: 'go', path: '/settings', reveal: 'data-transfer-title' },
  'theme-light': { kind: 'theme', theme: 'light' },
  'theme-dark': { kind: 'theme', theme: 'dark' },
  'theme-system': { kind: 'theme', theme: 'system' },
  'show-about': { kind: 'go', path: '/settings', reveal: 'about-title' },
  'show-shortcuts': { kind: 'go', path: '/help/shortcuts', reveal: 'shortcuts-title' },
};

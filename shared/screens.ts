/**
 * The app's screens, once. Everything that lists screens is derived from this table:
 * the routes (renderer/app/routes.tsx, which adds each screen's element), the
 * navigation (renderer/app/AppFrame.tsx), the go-… menu commands (shared/menu-commands.ts),
 * what each command does (renderer/app/command-actions.ts), the keyboard shortcuts
 * (shared/shortcuts.ts) and the native View menu (main/electron/menu-template.ts).
 * Adding a screen is one row here plus its element; docs/architecture.md has the recipe.
 */
export const screens = [
  { id: 'start', path: '/', nav: 'Start', title: 'Start', command: 'go-start', keys: 'CmdOrCtrl+1' },
  { id: 'catalogue', path: '/catalogue', nav: 'Catalogue', title: 'Catalogue', command: 'go-catalogue', keys: 'CmdOrCtrl+2' },
  { id: 'team', path: '/team', nav: 'Team', title: 'Team', command: 'go-team', keys: 'CmdOrCtrl+3' },
  { id: 'progress', path: '/progress', nav: 'Progress', title: 'Progress', command: 'go-progress', keys: 'CmdOrCtrl+4' },
  { id: 'plans', path: '/plans', nav: 'Plans', title: 'Training plans', command: 'go-plans', keys: 'CmdOrCtrl+5' },
  { id: 'compliance', path: '/compliance', nav: 'Compliance', title: 'Compliance', command: 'go-compliance', keys: 'CmdOrCtrl+6' },
  { id: 'trainers', path: '/trainers', nav: 'Trainers', title: 'For trainers', command: 'go-trainers', keys: 'CmdOrCtrl+7' },
  { id: 'conflicts', path: '/conflicts', nav: 'Conflicts', title: 'Conflicts', command: 'go-conflicts', keys: 'CmdOrCtrl+8' },
  { id: 'settings', path: '/settings', nav: 'Settings', title: 'Settings', command: 'go-settings', keys: 'CmdOrCtrl+,' },
] as const;

export type Screen = (typeof screens)[number];
export type ScreenId = Screen['id'];
/** The command that opens a screen ("go-plans"). */
export type ScreenCommand = Screen['command'];

import type { MenuCommand } from '../../shared/menu-commands';

/** The screens shown in the navigation. Only screens that work are listed here. */
export interface NavItem {
  to: string;
  label: string;
  /**
   * The go-… command of this screen: its keyboard shortcut comes from shared/shortcuts.ts
   * and its menu item from main/electron/menu-template.ts, so all three agree.
   */
  command: MenuCommand;
  /** Highlight for nested routes too (e.g. a training page under Catalogue). */
  end?: boolean;
}

export const navItems: NavItem[] = [
  { to: '/', label: 'Start', command: 'go-start', end: true },
  { to: '/catalogue', label: 'Catalogue', command: 'go-catalogue' },
  { to: '/team', label: 'Team', command: 'go-team' },
  { to: '/progress', label: 'Progress', command: 'go-progress' },
  { to: '/plans', label: 'Plans', command: 'go-plans' },
  { to: '/compliance', label: 'Compliance', command: 'go-compliance' },
  { to: '/settings', label: 'Settings', command: 'go-settings' },
];

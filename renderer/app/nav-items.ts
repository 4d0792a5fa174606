/** The screens shown in the navigation. Only screens that work are listed here. */
export interface NavItem {
  to: string;
  label: string;
  /** Shortcut shown in the tooltip; see use-shortcuts. */
  shortcut: string;
  /** Highlight for nested routes too (e.g. a training page under Catalogue). */
  end?: boolean;
}

export const navItems: NavItem[] = [
  { to: '/', label: 'Start', shortcut: 'Ctrl+1', end: true },
  { to: '/catalogue', label: 'Catalogue', shortcut: 'Ctrl+2' },
  { to: '/settings', label: 'Settings', shortcut: 'Ctrl+,' },
];

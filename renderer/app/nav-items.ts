/** The screens shown in the navigation. Only screens that work are listed here. */
export interface NavItem {
  to: string;
  label: string;
  /** Shortcut shown in the tooltip; wired in use-shortcuts. */
  shortcut: string;
}

export const navItems: NavItem[] = [{ to: '/settings', label: 'Settings', shortcut: 'Ctrl+,' }];

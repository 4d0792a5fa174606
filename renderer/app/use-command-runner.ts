import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared/menu-commands';
import { useAppStore } from './app-store';
import { commandActions } from './command-actions';
import { revealElement } from './reveal-element';

/** Runs a command the same way whether it came from the native menu or the keyboard. */
export function useCommandRunner(): (command: MenuCommand) => void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const updateSettings = useAppStore((s) => s.updateSettings);
  return useCallback(
    (command: MenuCommand) => {
      const action = commandActions[command];
      if (action.kind === 'theme') {
        void updateSettings({ theme: action.theme });
        return;
      }
      // Idempotent: a shortcut and its menu accelerator may both fire, and a filtered list must survive.
      if (pathname !== action.path) void navigate(action.path);
      if (action.reveal) revealElement(action.reveal);
    },
    [navigate, pathname, updateSettings],
  );
}

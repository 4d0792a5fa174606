import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import type { MenuCommand } from '../../shared/menu-commands';
import { useAppStore } from './app-store';
import { commandActions } from './command-actions';
import { revealElement } from './reveal-element';

/** The hash router's current path, e.g. "/catalogue" for "#/catalogue?q=x". */
function currentPath(): string {
  return window.location.hash.replace(/^#/, '').split('?')[0] || '/';
}

/** Runs a command the same way whether it came from the native menu or the keyboard. */
export function useCommandRunner(): (command: MenuCommand) => void {
  const navigate = useNavigate();
  const updateSettings = useAppStore((s) => s.updateSettings);
  return useCallback(
    (command: MenuCommand) => {
      const action = commandActions[command];
      if (action.kind === 'theme') {
        void updateSettings({ theme: action.theme });
        return;
      }
      // Idempotent: a shortcut and its menu accelerator may both fire, and a filtered list must survive.
      // The path is read from the address at call time: a render-time value can be stale when
      // shortcuts come faster than React re-renders.
      if (currentPath() !== action.path) void navigate(action.path);
      if (action.reveal) revealElement(action.reveal);
    },
    [navigate, updateSettings],
  );
}

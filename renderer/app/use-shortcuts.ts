import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/menu-commands';
import { commandForKey } from '../../shared/shortcuts';
import { isMacPlatform } from './platform';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The keyboard shortcuts of shared/shortcuts.ts, handled in the page so they work
 * the same in Electron (where the menu shows them) and in the browser test harness.
 */
export function useShortcuts(run: (command: MenuCommand) => void): void {
  useEffect(() => {
    const isMac = isMacPlatform();
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.isComposing) return;
      const command = commandForKey(
        { key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, altKey: e.altKey, shiftKey: e.shiftKey, inTextField: isTextField(e.target) },
        isMac,
      );
      if (!command) return;
      e.preventDefault();
      run(command);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);
}

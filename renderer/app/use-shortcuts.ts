import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { navItems } from './nav-items';

/** Ctrl/Cmd + the key in each nav item's shortcut jumps to that screen. */
export function useShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const keys = new Map(navItems.map((item) => [item.shortcut.split('+').pop()!, item.to]));
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      const to = keys.get(e.key);
      if (to) {
        e.preventDefault();
        navigate(to);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}

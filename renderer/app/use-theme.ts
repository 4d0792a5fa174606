import { useEffect } from 'react';
import type { Theme } from '../../shared/model/settings';

/** Puts the resolved theme on <html data-theme>, following the OS while the setting is "system". */
export function useTheme(theme: Theme | undefined): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const resolved = theme === 'light' || theme === 'dark' ? theme : media.matches ? 'dark' : 'light';
      document.documentElement.dataset.theme = resolved;
      document.documentElement.style.colorScheme = resolved;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
}

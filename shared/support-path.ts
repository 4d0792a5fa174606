export interface SupportPathContext {
  home: string;
  /** %APPDATA% on Windows (Roaming); undefined elsewhere. */
  appData: string | undefined;
  windows: boolean;
}

function under(path: string, base: string, windows: boolean): string | null {
  if (base === '') return null;
  const trimmed = base.replace(/[\\/]+$/, '');
  const same = windows ? path.toLowerCase().startsWith(trimmed.toLowerCase()) : path.startsWith(trimmed);
  if (!same) return null;
  const rest = path.slice(trimmed.length);
  return rest === '' || rest.startsWith('/') || rest.startsWith('\\') ? rest : null;
}

/**
 * A path as the app shows and copies it for support: %APPDATA%\… on Windows, ~/… elsewhere,
 * so a ticket or screenshot does not carry the OS account name.
 */
export function supportPath(path: string, { home, appData, windows }: SupportPathContext): string {
  if (windows && appData) {
    const rest = under(path, appData, true);
    if (rest !== null) return `%APPDATA%${rest}`;
  }
  const rest = under(path, home, windows);
  return rest === null ? path : `~${rest}`;
}

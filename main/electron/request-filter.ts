import { APP_SCHEME } from './app-protocol';

/**
 * The session-wide request filter: every request whose scheme is not app: is cancelled, so
 * nothing the renderer or Chromium asks for can leave the computer even if the CSP or a
 * switch were wrong. DevTools loads its own front end over devtools:, in development only.
 */
export function requestFilterDecision(url: string, { isDev }: { isDev: boolean }): { cancel: boolean } {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return { cancel: true };
  }
  if (protocol === `${APP_SCHEME}:`) return { cancel: false };
  if (isDev && protocol === 'devtools:') return { cancel: false };
  return { cancel: true };
}

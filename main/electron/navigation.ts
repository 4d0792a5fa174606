import { isHttpsUrl } from '../../shared/util/urls';
import { APP_HOST, APP_SCHEME } from './app-protocol';

/**
 * True only for URLs of our own bundle. Compared by protocol and host because
 * Node's URL reports origin "null" for schemes it does not know, such as app:.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The window may only ever show the bundle: every other navigation is refused. */
export function shouldAllowNavigation(url: string): boolean {
  return isAppUrl(url);
}

export interface WindowOpenDecision {
  action: 'deny';
  openExternally: boolean;
}

/** No new windows, ever; https links go to the system browser instead. */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return { action: 'deny', openExternally: isHttpsUrl(url) };
}

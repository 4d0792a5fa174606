/**
 * The app needs no web permission (camera, location, notifications, clipboard
 * reads, ...), so every request and every check is refused, whoever asks.
 * The arguments are kept so the Electron handlers' call sites stay explicit.
 */
export function permissionRequestDecision(_permission: string, _requestingUrl: string): boolean {
  return false;
}

export function permissionCheckDecision(_permission: string, _requestingOrigin: string): boolean {
  return false;
}

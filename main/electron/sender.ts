import { isAppUrl } from './navigation';

/** The parts of an IpcMainInvokeEvent the check reads; structural so tests need no Electron. */
export interface SenderEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown | null } | null;
  readonly sender: { readonly id: number };
}

/**
 * An IPC call is trusted only from the main frame of our own window while it
 * shows the bundle: not from a sub-frame, another webContents or a page that
 * somehow navigated elsewhere.
 */
export function isTrustedSender(event: SenderEventLike, expectedWebContentsId: number | null): boolean {
  try {
    if (expectedWebContentsId === null) return false;
    if (event.sender.id !== expectedWebContentsId) return false;
    // Electron's senderFrame getter can be null (or throw) once the frame is gone.
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null) return false;
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}

import { tta } from '../../app/tta';
import type { DataProtection, UnlockResult, UnlockStatus } from '../../../shared/model/data-key';

/** Whether the data is open, or a passphrase must be chosen or typed first. */
export function unlockStatus(): Promise<UnlockStatus> {
  return tta().unlockStatus();
}

/** First start without a keyring: the passphrase that will protect the data key. */
export function createPassphrase(passphrase: string): Promise<UnlockResult> {
  return tta().unlockCreate({ passphrase });
}

export function openWithPassphrase(passphrase: string): Promise<UnlockResult> {
  return tta().unlockOpen({ passphrase });
}

export function dataProtection(): Promise<DataProtection> {
  return tta().dataProtectionGet();
}

/** Settings: the data key wrapped under a new passphrase; says what happened. */
export async function changePassphrase(current: string, next: string): Promise<string> {
  await tta().passphraseChange({ current, next });
  return 'Your passphrase is changed. From the next start, type the new one; the old one no longer opens your data.';
}

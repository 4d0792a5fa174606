import { notifyError } from './notice-store';
import { tta } from './tta';

/** Asks the main side to open an https link in the browser; a refusal is said in the notice, never dropped. */
export async function openExternalLink(url: string): Promise<void> {
  try {
    await tta().openExternal({ url });
  } catch (error) {
    notifyError(error);
  }
}

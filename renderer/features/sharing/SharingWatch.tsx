import { useEffect } from 'react';
import { refreshSharing } from './sharing-actions';

/** How often the app asks how sharing is going: changes from others appear within about this long. */
const POLL_MS = 1500;

/**
 * Keeps the sharing store current while the app is open (the main side cannot call the
 * window): the status, the conflicts and, when changes from others arrived, the records.
 * Renders nothing; the frame mounts it once.
 */
export function SharingWatch() {
  useEffect(() => {
    void refreshSharing();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') void refreshSharing();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, []);
  return null;
}

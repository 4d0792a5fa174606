import { Notification } from 'electron';

/** A system notification; where the OS offers none (some Linux desktops) nothing is shown, and the in-app digest still is. */
export function showSystemNotification(title: string, body: string): void {
  if (Notification.isSupported()) new Notification({ title, body }).show();
}

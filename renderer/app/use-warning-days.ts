import { useAppStore } from './app-store';
import { defaultSettings } from '../../shared/model/settings';

/** Days ahead that count as "expiring soon" (Settings), 90 until settings load. */
export function useWarningDays(): number {
  return useAppStore((s) => s.settings?.expiryWarningDays ?? defaultSettings.expiryWarningDays);
}

import { useAppStore } from '../../app/app-store';
import type { Settings } from '../../../shared/model/settings';

const choices = [30, 60, 90, 120, 180];

/** How far ahead a certificate or requirement counts as "due soon", and whether reminders also come as system notifications. */
export function RenewalsPanel({ settings }: { settings: Settings }) {
  const updateSettings = useAppStore((s) => s.updateSettings);
  return (
    <section className="card" aria-labelledby="renewals-title">
      <h2 id="renewals-title">Renewals</h2>
      <label className="inline-field">
        Warn about certificates expiring within{' '}
        <select value={settings.expiryWarningDays} onChange={(e) => void updateSettings({ expiryWarningDays: Number(e.target.value) })}>
          {[...new Set([...choices, settings.expiryWarningDays])]
            .sort((a, b) => a - b)
            .map((days) => (
              <option key={days} value={days}>
                {days} days
              </option>
            ))}
        </select>
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={settings.osNotifications} onChange={(e) => void updateSettings({ osNotifications: e.target.checked })} /> Also show a system notification when
        training is overdue or falls due within that window (at most once a day; the reminder inside the app always shows)
      </label>
    </section>
  );
}

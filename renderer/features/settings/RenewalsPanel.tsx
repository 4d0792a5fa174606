import { useAppStore } from '../../app/app-store';
import type { Settings } from '../../../shared/model/settings';

const choices = [30, 60, 90, 120, 180];

/** How far ahead a certificate counts as "expiring soon" on the Team and Progress screens. */
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
    </section>
  );
}

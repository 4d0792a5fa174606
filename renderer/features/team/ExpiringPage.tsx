import { useMemo } from 'react';
import { expiryBuckets, needingRenewal } from '../../../shared/team/aggregates';
import { useTeamIndex } from './team-data';
import { RecordsList } from './RecordsList';
import { useParam } from '../../components/use-param';
import { useWarningDays } from '../../app/use-warning-days';
import { plural } from '../../components/format-count';

/**
 * Certificates to renew: expired or expiring within the window, current records of
 * active members only (a renewed certificate's older record is not listed).
 */
export function ExpiringPage() {
  const index = useTeamIndex();
  const warningDays = useWarningDays();
  const windows = [...new Set([30, 60, 90, warningDays])].sort((a, b) => a - b);
  const [windowParam, setWindow] = useParam('within', String(warningDays));
  const within = windows.includes(Number(windowParam)) ? Number(windowParam) : warningDays;
  const [expiredParam, setExpired] = useParam('expired', 'show');
  const showExpired = expiredParam !== 'hide';

  const all = useMemo(() => needingRenewal(index, within), [index, within]);
  const shown = useMemo(() => (showExpired ? all : all.filter((r) => r.status !== 'expired')), [all, showExpired]);
  const buckets = useMemo(() => expiryBuckets(all), [all]);

  return (
    <div className="page">
      <h1>Expiring soon</h1>
      <p className="lead">
        Certificates of active members that have expired or expire within {within} days, soonest first. Record the renewal to take one off this list.
      </p>
      <ul className="tally" aria-label="Counts">
        <li>
          <strong>{buckets.expired}</strong> expired
        </li>
        <li>
          <strong>{buckets.within30}</strong> within 30 days
        </li>
        <li>
          <strong>{buckets.within60}</strong> in 31–60 days
        </li>
        <li>
          <strong>{buckets.within90}</strong> in 61–90 days
        </li>
      </ul>
      <section aria-labelledby="expiring-title" className="list-section">
        <h2 id="expiring-title" className="visually-hidden">
          Certificates to renew
        </h2>
        <div className="filters">
          <label className="field field--inline">
            <span>Expiring within</span>
            <select value={within} onChange={(e) => setWindow(e.target.value)}>
              {windows.map((w) => (
                <option key={w} value={w}>
                  {w} days
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={showExpired} onChange={(e) => setExpired(e.target.checked ? 'show' : 'hide')} />
            Include expired certificates
          </label>
        </div>
        <p className="results-summary" aria-live="polite">
          {plural(shown.length, 'certificate')} to renew
        </p>
        <RecordsList rows={shown} showMember label="Certificates to renew" empty="Nothing to renew in this window." />
      </section>
    </div>
  );
}

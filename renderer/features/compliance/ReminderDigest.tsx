import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { DailyReminder } from '../../../shared/contract/compliance-channels';
import { formatDate } from '../../../shared/util/dates';
import { plural } from '../../components/format-count';
import { dailyReminder } from './compliance-actions';
import { startDailyReminder } from './daily-reminder';

const SHOWN = 10;

/** At start and on each new day while the app is open: what is overdue or falls due in the user's window. */
export function ReminderDigest() {
  const [reminder, setReminder] = useState<DailyReminder | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(
    () =>
      startDailyReminder(dailyReminder, (r) => {
        setReminder(r);
        setDismissed(false);
      }),
    [],
  );
  if (!reminder || dismissed || reminder.items.length === 0) return null;
  const rest = reminder.items.length - SHOWN;
  return (
    <section className="banner reminder-digest" aria-labelledby="reminder-digest-title" data-testid="reminder-digest">
      <p>
        <strong id="reminder-digest-title">Training due, {formatDate(reminder.today)}:</strong> {plural(reminder.overduePeople, 'person', 'people')} overdue,{' '}
        {plural(reminder.dueSoonPeople, 'person', 'people')} due within {reminder.warningDays} days.{' '}
        <Link to={reminder.overduePeople > 0 ? '/compliance?status=overdue' : '/compliance?status=due-soon'}>See who is due in Compliance</Link>{' '}
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          Hide until tomorrow
        </button>
      </p>
      <details>
        <summary>What falls due ({reminder.items.length})</summary>
        <ul>
          {reminder.items.slice(0, SHOWN).map((item) => (
            <li key={`${item.memberId}-${item.profileName}-${item.requirement}`}>
              {item.memberName}: {item.requirement} — {item.status === 'overdue' ? 'overdue' : 'due'}
              {item.date ? ` ${item.status === 'overdue' ? 'since' : 'by'} ${formatDate(item.date)}` : ''}
            </li>
          ))}
        </ul>
        {rest > 0 ? <p>and {plural(rest, 'more item')}.</p> : null}
      </details>
    </section>
  );
}

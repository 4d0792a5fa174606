import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DailyReminder } from '../../../shared/contract/compliance-channels';
import { startDailyReminder } from '../../../renderer/features/compliance/daily-reminder';

const reminder = (today: string): DailyReminder => ({ today, warningDays: 90, overduePeople: 1, dueSoonPeople: 0, items: [], notified: false });

describe('daily reminder schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('shows the digest at start, then once for each new day main counts, and retries after a failed check', async () => {
    vi.useFakeTimers();
    const answers: (DailyReminder | Error)[] = [reminder('2026-06-01'), reminder('2026-06-01'), new Error('store busy'), reminder('2026-06-02'), reminder('2026-06-02')];
    const check = vi.fn(async () => {
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return next;
    });
    const shown: string[] = [];
    const stop = startDailyReminder(check, (r) => shown.push(r.today), 1000);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual(['2026-06-01']);
    await vi.advanceTimersByTimeAsync(1000); // same day: nothing new
    await vi.advanceTimersByTimeAsync(1000); // check fails: nothing shown, no crash
    expect(shown).toEqual(['2026-06-01']);
    await vi.advanceTimersByTimeAsync(1000); // main's new day
    await vi.advanceTimersByTimeAsync(1000);
    expect(shown).toEqual(['2026-06-01', '2026-06-02']);
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(check).toHaveBeenCalledTimes(5);
  });
});

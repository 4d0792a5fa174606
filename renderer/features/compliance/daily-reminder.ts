import type { DailyReminder } from '../../../shared/contract/compliance-channels';

/** How often the open app asks main whether a new day has begun (main's date decides, so the harness clock moves it too). */
export const REMINDER_CHECK_MS = 60 * 60 * 1000;

/**
 * Asks for the reminder now and then every `everyMs`; calls `onNewDay` with the first answer
 * of each day main counts. A failed check is tried again at the next tick. Returns a stop function.
 */
export function startDailyReminder(check: () => Promise<DailyReminder>, onNewDay: (reminder: DailyReminder) => void, everyMs = REMINDER_CHECK_MS): () => void {
  let lastDay: string | null = null;
  let stopped = false;
  const run = async () => {
    try {
      const reminder = await check();
      if (!stopped && reminder.today !== lastDay) {
        lastDay = reminder.today;
        onNewDay(reminder);
      }
    } catch {
      // Not shown: the Start and Team screens' figures say when compliance cannot be counted.
    }
  };
  void run();
  const timer = setInterval(() => void run(), everyMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

import type { EventAttributes } from 'ics';
import type { PlanCalendarEvent } from '../../shared/plans/plan-calendar';
import { writeFileDurable } from './durable-file';

function dateArray(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
}

/** The day after an ISO date: all-day events end (exclusively) on the next day. */
function nextDay(iso: string): [number, number, number] {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * An iCalendar file of all-day events. The ics package escapes commas, semicolons
 * and line breaks in text, so notes cannot inject properties or extra events.
 */
export async function planIcsText(events: readonly PlanCalendarEvent[], calendarName: string): Promise<string> {
  if (events.length === 0) throw new Error('There are no dated items to put in a calendar.');
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: e.uid,
    start: dateArray(e.date),
    end: nextDay(e.date),
    title: e.title,
    description: e.description,
    categories: e.categories,
    transp: 'TRANSPARENT',
    productId: 'tta-navigator/plan',
    calName: calendarName.replace(/[\r\n]/g, ' '),
  }));
  const { createEvents } = await import('./calendar-engine');
  const { error, value } = createEvents(attributes);
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? 'no output'}`);
  return value;
}

export async function writePlanIcs(events: readonly PlanCalendarEvent[], calendarName: string, path: string): Promise<void> {
  const text = await planIcsText(events, calendarName);
  await writeFileDurable(path, text);
}

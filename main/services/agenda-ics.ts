import type { EventAttributes } from 'ics';
import type { AgendaCalendarEvent } from '../../shared/curricula/agenda-calendar';
import { writeFileDurable } from './durable-file';

/** [y, m, d, h, min] of `date` plus `minute` minutes (a late session may pass midnight). */
function moment(date: string, minute: number): [number, number, number, number, number] {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMinutes(minute);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/**
 * An iCalendar file of timed events in floating local time (the session runs at 09:00
 * wherever the trainer is). The ics package escapes text, so notes cannot inject properties.
 */
export async function agendaIcsText(events: readonly AgendaCalendarEvent[], calendarName: string): Promise<string> {
  if (events.length === 0) throw new Error('There are no scheduled modules to put in a calendar.');
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: e.uid,
    start: moment(e.date, e.startMinute),
    startInputType: 'local',
    startOutputType: 'local',
    duration: { minutes: e.minutes },
    title: e.title,
    description: e.description,
    categories: ['Training agenda'],
    productId: 'tta-navigator/agenda',
    calName: calendarName.replace(/[\r\n]/g, ' '),
  }));
  const { createEvents } = await import('./calendar-engine');
  const { error, value } = createEvents(attributes);
  if (error || !value) throw new Error(`The calendar file could not be made: ${error?.message ?? 'no output'}`);
  return value;
}

export async function writeAgendaIcs(events: readonly AgendaCalendarEvent[], calendarName: string, path: string): Promise<void> {
  await writeFileDurable(path, await agendaIcsText(events, calendarName));
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planCalendarEvents } from '../../../shared/plans/plan-calendar';
import { planIcsText, writePlanIcs } from '../../../main/services/plan-ics';
import { useTempDirs } from '../store/temp-dir';
import { item, member, plan, viewOf } from './plan-fixtures';

/** A small RFC 5545 reader: unfolds lines, splits components and properties, unescapes text. */
function parseIcs(text: string): { events: Record<string, string>[]; calendar: Record<string, string> } {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/).filter(Boolean);
  const events: Record<string, string>[] = [];
  const calendar: Record<string, string> = {};
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon);
      const value = line.slice(colon + 1).replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
      (current ?? calendar)[key] = value;
    }
  }
  return { events, calendar };
}

describe('plan calendar (ICS) export', () => {
  const tempDir = useTempDirs();
  const members = [member('m-ana', 'Ana Diaz'), member('m-ben', 'Ben Lee')];

  it('writes one all-day VEVENT per dated item that is not cancelled, and parses back', async () => {
    const p = plan([
      item('i-1', 'fi-children', ['m-ana', 'm-ben'], { targetDate: '2026-03-01' }),
      item('i-2', 'cart', ['m-ana']),
      item('i-3', 'fi-advanced', ['m-ben'], { targetDate: '2026-12-31', status: 'cancelled' }),
      item('i-4', 'gone-course', ['m-ben'], { targetDate: '2026-12-31', notes: 'Book travel; bring ID, badge' }),
    ]);
    const view = viewOf(p, members, [], '2026-06-01');
    const path = join(await tempDir(), 'plan.ics');
    await writePlanIcs(planCalendarEvents(view), p.name, path);
    const { events, calendar } = parseIcs(await readFile(path, 'utf8'));

    expect(calendar['BEGIN']).toBe('VCALENDAR');
    expect(calendar['X-WR-CALNAME']).toBe('FY2026 Task Force Training Plan');
    expect(events).toHaveLength(2);
    expect(events.map((e) => e['SUMMARY'])).toEqual(['Training due: Forensic Interviewing of Children Training', 'Training due: Snapshot of gone-course']);
    expect(events.map((e) => e['DTSTART;VALUE=DATE'])).toEqual(['20260301', '20261231']);
    expect(events.map((e) => e['DTEND;VALUE=DATE'])).toEqual(['20260302', '20270101']);
    expect(events[0]!['UID']).toBe('p-1-i-1@tta-navigator');
    expect(events[0]!['DESCRIPTION']).toContain('For: Ana Diaz, Ben Lee');
    expect(events[1]!['DESCRIPTION']).toContain('Notes: Book travel; bring ID, badge');
  });

  it('keeps notes that look like calendar syntax inside the description: no injected events or properties', async () => {
    const attack = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected\r\nDTSTART:20990101';
    const p = plan([item('i-1', 'cart', ['m-ana'], { targetDate: '2026-05-05', notes: attack })]);
    const text = await planIcsText(planCalendarEvents(viewOf(p, members, [], '2026-06-01')), p.name);
    const { events } = parseIcs(text);
    expect(events).toHaveLength(1);
    expect(events[0]!['SUMMARY']).toBe('Training due: Child Abduction Response Team Training');
    expect(events[0]!['DESCRIPTION']).toContain('END:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected');
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
  });

  it('refuses to make an empty calendar', async () => {
    const p = plan([item('i-1', 'cart', ['m-ana'])]);
    await expect(planIcsText(planCalendarEvents(viewOf(p, members, [], '2026-06-01')), p.name)).rejects.toThrow(/no dated items/);
  });
});

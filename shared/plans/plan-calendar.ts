import { formatPeriod } from '../util/dates';
import { itemStatusLabels, priorityLabels } from './labels';
import type { PlanView } from './plan-view';

/** A calendar entry for one dated item: an all-day event on its target date. */
export interface PlanCalendarEvent {
  uid: string;
  /** ISO date of the all-day event. */
  date: string;
  title: string;
  description: string;
  categories: string[];
}

/** Control characters other than line breaks would corrupt some calendar apps; line breaks the ics writer escapes. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, ' ').replace(/\r\n?/g, '\n');
}

/** Events for the plan's dated, not cancelled items, in plan order. */
export function planCalendarEvents(view: PlanView): PlanCalendarEvent[] {
  const { plan } = view;
  const memberNames = new Map(view.members.map((m) => [m.id, m.name]));
  return view.items.flatMap((v): PlanCalendarEvent[] => {
    if (!v.item.targetDate || v.item.status === 'cancelled') return [];
    const people = v.item.assigneeIds.map((id) => memberNames.get(id) ?? 'Removed member');
    const lines = [
      `Training plan: ${plan.name} (${formatPeriod(plan.period)})`,
      v.providerName ? `Provider: ${v.providerName}` : '',
      people.length > 0 ? `For: ${people.join(', ')}` : '',
      `Priority: ${priorityLabels[v.item.priority]} · Status: ${itemStatusLabels[v.item.status]}`,
      v.item.notes ? `Notes: ${v.item.notes}` : '',
    ].filter(Boolean);
    return [
      {
        uid: `${plan.id}-${v.item.id}@tta-navigator`,
        date: v.item.targetDate,
        title: clean(`Training due: ${v.title}`),
        description: clean(lines.join('\n')),
        categories: ['Training plan'],
      },
    ];
  });
}

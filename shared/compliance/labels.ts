import type { Cycle, Requirement, RequiredTraining } from '../model/requirements';
import { formatDate } from '../util/dates';
import type { TrainingFactsFor } from './catalogue-facts';
import type { CellStatus } from './status';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** A training as a coordinator reads it; a catalogue training the catalogue no longer lists is marked retired. */
export function requiredTrainingTitle(t: RequiredTraining, facts: TrainingFactsFor): string {
  if (t.kind === 'custom') return t.title;
  return facts(t.trainingId)?.title ?? `${t.title} (retired)`;
}

export function isRetired(t: RequiredTraining, facts: TrainingFactsFor): boolean {
  return t.kind === 'catalogue' && facts(t.trainingId) === undefined;
}

export function cycleText(cycle: Cycle): string {
  if (cycle.type === 'rolling') return cycle.months === 12 ? 'every 12 months' : `every ${cycle.months} month${cycle.months === 1 ? '' : 's'}`;
  return cycle.startMonth === 1 ? 'each calendar year' : `each year from ${monthName(cycle.startMonth)}`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A short column heading: what the requirement asks for. */
export function requirementTitle(r: Requirement, facts: TrainingFactsFor): string {
  if (r.kind === 'hours') return r.label;
  const titles = r.trainings.map((t) => requiredTrainingTitle(t, facts));
  return titles.length === 1 ? titles[0]! : `Any of: ${titles.join(' / ')}`;
}

/** The rule in one plain sentence, for the profile page, drill-down and the report. */
export function requirementRule(r: Requirement): string {
  const newcomers = r.newMemberMonths === undefined ? '' : ` New members have ${plural(r.newMemberMonths, 'month')} from joining.`;
  switch (r.kind) {
    case 'training': {
      const what = r.trainings.length === 1 ? 'Take this training once' : `Take any one of these ${r.trainings.length} trainings`;
      return `${what}; a certificate that expires must be renewed.${newcomers}`;
    }
    case 'recurring': {
      const what = r.trainings.length === 1 ? 'Take this training' : `Take any one of these ${r.trainings.length} trainings`;
      const when =
        r.cycle.type === 'rolling'
          ? `again within ${plural(r.cycle.months, 'month')} of the last time`
          : `once in ${r.cycle.startMonth === 1 ? 'every calendar year' : `every year starting in ${monthName(r.cycle.startMonth)}`}`;
      const grace = r.graceDays > 0 ? ` (${plural(r.graceDays, 'day')} of grace)` : '';
      return `${what} ${when}${grace}.${newcomers}`;
    }
    case 'hours': {
      const unit = r.count === 'credit' ? 'credit hours (clock hours where no credit is recorded)' : 'hours';
      const window =
        r.cycle.type === 'rolling'
          ? `in any ${plural(r.cycle.months, 'month')} up to today`
          : `in ${r.cycle.startMonth === 1 ? 'each calendar year' : `each year starting in ${monthName(r.cycle.startMonth)}`}`;
      const parts = [
        r.filter.families.length > 0 ? `program families ${r.filter.families.join(', ')}` : '',
        r.filter.topics.length > 0 ? `topics ${r.filter.topics.join(', ')}` : '',
        r.filter.audiences.length > 0 ? `audiences ${r.filter.audiences.join(', ')}` : '',
      ].filter(Boolean);
      const only = parts.length > 0 ? `, counting only trainings of ${parts.join('; ')}` : '';
      return `At least ${r.hours} ${unit} ${window}${only}.${newcomers}`;
    }
  }
}

/** What the date beside a status means, in words. */
export function statusDateText(cell: Pick<CellStatus, 'status' | 'date'>): string {
  if (cell.date === null) return cell.status === 'current' ? 'no renewal needed' : '';
  switch (cell.status) {
    case 'current':
      return `until ${formatDate(cell.date)}`;
    case 'due-soon':
    case 'not-started':
      return `due by ${formatDate(cell.date)}`;
    case 'overdue':
      return `since ${formatDate(cell.date)}`;
    default:
      return '';
  }
}

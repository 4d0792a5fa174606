import type { Curriculum } from '../model/curriculum';

/** "2 h 30 min", "45 min", "3 h". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

export function moduleMinutes(curriculum: Pick<Curriculum, 'modules'>): number {
  return curriculum.modules.reduce((sum, m) => sum + m.minutes, 0);
}

/** The warning shown when the modules take longer than the stated length; null when they fit or no length is stated. */
export function lengthWarning(curriculum: Pick<Curriculum, 'modules' | 'lengthMinutes'>): string | null {
  if (curriculum.lengthMinutes === undefined) return null;
  const total = moduleMinutes(curriculum);
  if (total <= curriculum.lengthMinutes) return null;
  return `The modules take ${formatMinutes(total)}, ${formatMinutes(total - curriculum.lengthMinutes)} more than the stated length of ${formatMinutes(curriculum.lengthMinutes)}.`;
}

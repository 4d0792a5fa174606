import { formatMoment } from '../../shared/util/dates';
import { inWords, labelOf } from './sync/field-words';
import { UserFacingError } from './user-facing-error';

/**
 * A save from a form that was opened on an older version of the record: another coordinator's
 * change arrived through sharing (or another window saved) while the form was open. Saving
 * would silently replace that change, so the save is refused with who changed it, when, and
 * which details differ; the screen offers to keep the coordinator's own version (saving again
 * against the stored one) or to take the stored one. main/dispatch.ts turns it into the
 * envelope's 'changed-meanwhile' error, with the stored record as `latest`.
 */
export class ChangedMeanwhileError extends UserFacingError {
  constructor(
    message: string,
    details: string[],
    readonly latest: unknown,
  ) {
    super(message, details);
    this.name = 'ChangedMeanwhileError';
  }
}

type Stamped = { updatedAt?: string | undefined; updatedBy?: string | undefined };

/** Fields that say who saved when, not what the record holds. */
const STAMPS = new Set(['id', 'createdAt', 'updatedAt', 'updatedBy']);

/**
 * Refuses the save when the stored record is not the version the form was opened on.
 * `expectedUpdatedAt` undefined means the caller did not open a form on a version (an undo,
 * a toggle from a list): nothing to compare. `mine` is what the save would store;
 * `onlyFields` limits the comparison to what the form edits.
 */
export function refuseIfChangedMeanwhile<T extends Stamped>(what: string, stored: T, expectedUpdatedAt: string | undefined, mine: T, onlyFields?: readonly string[]): void {
  if (expectedUpdatedAt === undefined || stored.updatedAt === expectedUpdatedAt) return;
  const who = stored.updatedBy ? stored.updatedBy : 'Someone (no name was recorded)';
  const when = stored.updatedAt ? ` on ${formatMoment(stored.updatedAt)}` : '';
  const differs = differingFields(stored as Record<string, unknown>, mine as Record<string, unknown>, onlyFields);
  throw new ChangedMeanwhileError(
    `${who} changed ${what}${when}, while you were editing it. Your changes are not saved yet: keep yours (replacing theirs) or take theirs.` +
      (differs.length === 0 ? ' Their version has the same details as yours.' : ''),
    differs,
    stored,
  );
}

/** "Role: yours “Lead”, theirs “Analyst”", for each detail that differs. */
function differingFields(theirs: Record<string, unknown>, mine: Record<string, unknown>, onlyFields?: readonly string[]): string[] {
  const fields = new Set(onlyFields ?? [...Object.keys(theirs), ...Object.keys(mine)].filter((f) => !STAMPS.has(f)));
  const lines: string[] = [];
  for (const field of fields) {
    const a = inWords(mine[field]);
    const b = inWords(theirs[field]);
    if (a !== b) lines.push(`${labelOf(field)}: yours “${a}”, theirs “${b}”`);
  }
  return lines;
}

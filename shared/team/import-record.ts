import type { Completion } from '../model/team';

/*
 * The completion record an import row becomes, built in one go in the stored schema's
 * field order (so the saved text reads as before). The usual row (no certificate number,
 * notes, validity or expiry) is one object literal per shape: V8 then makes it in a
 * single allocation, where adding its ten fields one by one grew a property store per
 * record, which on 50,000 rows was a tenth of the check.
 */

export type RecordTraining = { kind: 'catalogue'; id: string; title: string; family: string } | { kind: 'custom'; custom: { title: string; provider: string } };

/** The fields few exports have; null on the usual row. */
export interface RecordExtras {
  certificateNumber: string | undefined;
  notes: string | undefined;
  validForMonths: number | undefined;
  expiresOn: string | undefined;
}

export interface RecordStamps {
  updatedAt: string;
  updatedBy: string;
}

export function importedCompletion(
  id: string,
  memberId: string,
  t: RecordTraining,
  completedOn: string,
  hours: number | undefined,
  extras: RecordExtras | null,
  createdAt: string,
  stamps: RecordStamps | undefined,
): Completion {
  if (extras === null) {
    if (t.kind === 'catalogue') {
      if (hours !== undefined) {
        return stamps === undefined
          ? { id, memberId, trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family, completedOn, hours, createdAt }
          : { id, memberId, trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family, completedOn, hours, createdAt, updatedAt: stamps.updatedAt, updatedBy: stamps.updatedBy };
      }
      return stamps === undefined
        ? { id, memberId, trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family, completedOn, createdAt }
        : { id, memberId, trainingId: t.id, trainingTitle: t.title, trainingFamily: t.family, completedOn, createdAt, updatedAt: stamps.updatedAt, updatedBy: stamps.updatedBy };
    }
    if (hours !== undefined) {
      return stamps === undefined
        ? { id, memberId, custom: t.custom, completedOn, hours, createdAt }
        : { id, memberId, custom: t.custom, completedOn, hours, createdAt, updatedAt: stamps.updatedAt, updatedBy: stamps.updatedBy };
    }
    return stamps === undefined
      ? { id, memberId, custom: t.custom, completedOn, createdAt }
      : { id, memberId, custom: t.custom, completedOn, createdAt, updatedAt: stamps.updatedAt, updatedBy: stamps.updatedBy };
  }
  const record = { id, memberId } as Completion;
  if (t.kind === 'catalogue') {
    record.trainingId = t.id;
    record.trainingTitle = t.title;
    record.trainingFamily = t.family;
  } else record.custom = t.custom;
  record.completedOn = completedOn;
  if (hours !== undefined) record.hours = hours;
  if (extras.certificateNumber !== undefined) record.certificateNumber = extras.certificateNumber;
  if (extras.notes !== undefined) record.notes = extras.notes;
  if (extras.validForMonths !== undefined) record.validForMonths = extras.validForMonths;
  if (extras.expiresOn !== undefined) record.expiresOn = extras.expiresOn;
  record.createdAt = createdAt;
  if (stamps !== undefined) {
    record.updatedAt = stamps.updatedAt;
    record.updatedBy = stamps.updatedBy;
  }
  return record;
}

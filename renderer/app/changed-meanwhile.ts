import { ApiError } from '../../shared/client';

/** A save refused because the record changed after its form was opened (main/services/changed-meanwhile.ts). */
export interface ChangedMeanwhile<T> {
  /** Who changed it and when, in words. */
  message: string;
  /** Each detail that differs: "Role: yours “Lead”, theirs “Analyst”". */
  details: string[];
  /** The stored record: what "Take theirs" shows, and the version "Keep mine" saves over. */
  latest: T;
}

/** The refusal, when `error` is one; null for any other error. */
export function changedMeanwhileOf<T>(error: unknown): ChangedMeanwhile<T> | null {
  if (!(error instanceof ApiError) || error.code !== 'changed-meanwhile') return null;
  return { message: error.message, details: error.details, latest: error.latest as T };
}

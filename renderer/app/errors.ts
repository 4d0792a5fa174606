import { ApiError } from '../../shared/client';

/** The words to show for any failure: the main side's message, or the thrown error's. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : String(error);
}

/** What was wrong and where (file, row, field), when the main side said so. */
export function errorDetails(error: unknown): string[] {
  return error instanceof ApiError ? error.details : [];
}

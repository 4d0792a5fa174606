import type { WorkbookSheet } from '../../shared/team/xlsx-sheet';

/** What workbook-worker.ts is asked: the workbook's bytes and the sheet wanted (else its first with any cell). */
export interface WorkbookQuestion {
  bytes: Uint8Array;
  sheetName?: string;
}

/** What workbook-worker.ts answers: the sheet as CSV text, or why it could not be read. */
export type WorkbookAnswer = ({ ok: true } & WorkbookSheet) | { ok: false; message: string };

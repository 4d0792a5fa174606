import type { SheetPick, WorkbookSheet } from '../../shared/team/xlsx-sheet';

/** What workbook-worker.ts is asked: the workbook's bytes (or a text one's decoded text) and the sheet wanted (else its first with any cell). */
export interface WorkbookQuestion {
  input: Uint8Array | string;
  sheetName?: string;
  pick?: SheetPick;
}

/** What workbook-worker.ts answers: the sheet as CSV text, or why it could not be read. */
export type WorkbookAnswer = ({ ok: true } & WorkbookSheet) | { ok: false; message: string };

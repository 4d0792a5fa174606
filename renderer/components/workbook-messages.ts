/** What workbook-worker.ts answers: the first sheet as CSV text, or why it could not be read. */
export type WorkbookAnswer = { ok: true; text: string; sheetName: string } | { ok: false; message: string };

import { xlsxSheetText } from '../../shared/team/xlsx-sheet';
import type { WorkbookAnswer, WorkbookQuestion } from './workbook-messages';

/*
 * A Web Worker that reads a sheet of a workbook (SheetJS): 50,000 rows take seconds, and on
 * the page's own thread the window would not answer meanwhile. One file per worker.
 */
self.onmessage = (event: MessageEvent<WorkbookQuestion>) => {
  let answer: WorkbookAnswer;
  try {
    answer = { ok: true, ...xlsxSheetText(event.data.input, event.data.sheetName, event.data.pick) };
  } catch (error) {
    answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};

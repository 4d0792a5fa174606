import type { SheetPick, WorkbookSheet } from '../../shared/team/xlsx-sheet';
import type { WorkbookAnswer, WorkbookQuestion } from './workbook-messages';

/**
 * A workbook's sheet read on a Web Worker (workbook-worker.ts), so the window keeps
 * answering while a large one is read. The worker gets a copy of the bytes (the caller keeps
 * them to read again) and is stopped once it has answered.
 */
export function readWorkbookInWorker(input: Uint8Array | string, sheetName?: string, pick?: SheetPick): Promise<WorkbookSheet> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<WorkbookAnswer>) => {
      stop();
      const { ok: _ok, ...answer } = event.data;
      if ('message' in answer) reject(new Error(answer.message));
      else resolve(answer);
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`the workbook reader stopped (${event.message || 'no reason given'}); save the sheet as CSV and choose that`));
    };
    const question: WorkbookQuestion = { input: input.slice(), sheetName, pick };
    worker.postMessage(question);
  });
}

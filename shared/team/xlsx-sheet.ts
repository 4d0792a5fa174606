import { read, utils } from '@e965/xlsx';

/**
 * The first worksheet of an Excel workbook (.xlsx) as CSV text, so a sheet saved from Excel
 * goes through the same header detection, mapping and row checks as a CSV. Cells are
 * taken as Excel shows them (formatted text), so a date reads as it does on screen.
 * SheetJS does the reading (@e965/xlsx is its registry copy).
 */
export function xlsxSheetText(bytes: Uint8Array): { text: string; sheetName: string } {
  let book: ReturnType<typeof read>;
  try {
    book = read(bytes, { type: 'array', cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    throw new Error(`it looks like an Excel workbook but could not be opened (${(error as Error).message}); save it again from Excel, or as CSV`, { cause: error });
  }
  const sheetName = book.SheetNames[0];
  const sheet = sheetName === undefined ? undefined : book.Sheets[sheetName];
  if (sheetName === undefined || sheet === undefined) throw new Error('the workbook has no worksheet');
  return { text: utils.sheet_to_csv(sheet, { FS: ',', RS: '\r\n', blankrows: true }), sheetName };
}

/** A ZIP container (PK\x03\x04), as every .xlsx and .ods is; a CSV or text export never starts so. */
export function isZipFile(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An Excel 97–2003 workbook (.xls) is an OLE compound file; no text export starts with these bytes. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= COMPOUND_FILE.length && COMPOUND_FILE.every((b, i) => bytes[i] === b);
}

/** A spreadsheet workbook (.xlsx, .ods, .xls) rather than text. */
export function isWorkbookFile(bytes: Uint8Array): boolean {
  return isZipFile(bytes) || isCompoundFile(bytes);
}

/** What the import file pickers offer: text exports and the workbooks readImportFile reads. */
export const spreadsheetFileTypes = [
  '.csv',
  '.txt',
  '.tsv',
  '.xlsx',
  // Trackers kept with macros, or saved as Excel's binary workbook.
  '.xlsm',
  '.xlsb',
  '.xls',
  '.ods',
  // Web pages and XML that systems save as "Excel", and Moodle's "HTML table" download.
  '.htm',
  '.html',
  '.xml',
  // Moodle's "JSON" download, and other systems' lists of records.
  '.json',
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/vnd.ms-excel.sheet.macroEnabled.12',
  'application/vnd.ms-excel.sheet.binary.macroEnabled.12',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/html',
  'application/xml',
  'text/xml',
  'application/json',
].join(',');

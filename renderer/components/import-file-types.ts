/** What the import file pickers offer: text exports and the workbooks readImportFile reads. */
export const spreadsheetFileTypes = [
  '.csv',
  '.txt',
  '.tsv',
  '.xlsx',
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
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/html',
  'application/xml',
  'text/xml',
  'application/json',
].join(',');

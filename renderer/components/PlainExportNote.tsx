/**
 * Exports are for other programs (spreadsheets, PDF readers, calendars), so they are not
 * encrypted like the data folder and Back up data… files: the save step says so, once.
 */
export const PLAIN_EXPORT_NOTE = 'Exported files are not encrypted: keep them somewhere safe and delete them when you no longer need them.';

export function PlainExportNote() {
  return <p className="muted export-note">{PLAIN_EXPORT_NOTE}</p>;
}

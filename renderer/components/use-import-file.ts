import { useRef, useState } from 'react';
import type { TextEncodingName } from '../../shared/team/decode-bytes';
import { readImportFile, withHeaderRow, type LoadedFile } from '../../shared/team/import-start';
import { errorMessage } from '../app/errors';
import { readWorkbookInWorker } from './read-workbook';

/**
 * The file step both imports share: a chosen file is read as bytes in the page (File.arrayBuffer),
 * decoded (or, for a workbook or a web page's table, a sheet read on a Web Worker) into a table, and re-read in another
 * encoding or from another sheet on request. `onLoaded` gets each table; `onCleared` runs when a new choice starts.
 */
export function useImportFile({ maxBytes, onLoaded, onCleared }: { maxBytes: number; onLoaded(file: LoadedFile): void; onCleared(): void }) {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [encoding, setEncoding] = useState<TextEncodingName | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function loaded(next: LoadedFile) {
    setFile(next);
    onLoaded(next);
  }

  async function choose(chosen: File | undefined) {
    onCleared();
    setFile(null);
    setEncoding(null);
    setFileError(null);
    if (!chosen) return;
    if (chosen.size > maxBytes) {
      setFileError(`${chosen.name} is ${Math.round(chosen.size / 1048576)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB. Split it into smaller files.`);
      return;
    }
    setReading(chosen.name);
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      // Let "Reading…" paint before the parse of a large file.
      await new Promise((resolve) => setTimeout(resolve, 0));
      loaded(await readImportFile(chosen.name, bytes, null, readWorkbookInWorker));
    } catch (error) {
      setFileError(`${chosen.name} could not be read: ${errorMessage(error)}`);
    } finally {
      setReading(null);
      // Clearing the input lets the same file be chosen again after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  async function changeEncoding(next: TextEncodingName | null) {
    if (!file) return;
    onCleared();
    setEncoding(next);
    setFileError(null);
    try {
      // The same table of a web page, read in the other encoding, under the header row chosen.
      const read = await readImportFile(file.name, file.bytes, next, readWorkbookInWorker, file.sheetName);
      loaded(file.headerRow === undefined ? read : withHeaderRow(read, file.headerRow));
    } catch (error) {
      setFileError(`${file.name} could not be read: ${errorMessage(error)}`);
    }
  }

  /** Read another worksheet of the workbook chosen, or another table of the web page. */
  async function changeSheet(sheet: string) {
    if (!file) return;
    onCleared();
    setFileError(null);
    try {
      // A web page's other table keeps the encoding chosen (a workbook has none to choose).
      loaded(await readImportFile(file.name, file.bytes, encoding, readWorkbookInWorker, sheet));
    } catch (error) {
      setFileError(`${file.name} could not be read: ${errorMessage(error)}`);
    }
  }

  /** Read the table again under another header row (null: the one found in the file). */
  function changeHeaderRow(row: number | null) {
    if (!file) return;
    onCleared();
    setFileError(null);
    loaded(withHeaderRow(file, row));
  }

  /** Forget the file (after it was imported). */
  function clear() {
    setFile(null);
  }

  return { file, reading, fileError, encoding, inputRef, choose, changeEncoding, changeSheet, changeHeaderRow, clear };
}

export type ImportFileState = ReturnType<typeof useImportFile>;

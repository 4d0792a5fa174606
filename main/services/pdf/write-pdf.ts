import { rename, writeFile } from 'node:fs/promises';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { offlinePdfmake } from './pdfmake-offline';

/** Renders a definition to PDF bytes with the bundled fonts and no network. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // pdfmake annotates the definition while laying it out: build a fresh one per render.
  const pdf = offlinePdfmake().createPdf(definition);
  return (await pdf.getBuffer()) as Buffer;
}

/** Writes the PDF next to its destination first, then renames: a failed export never leaves half a file. */
export async function writePlanPdf(definition: TDocumentDefinitions, path: string): Promise<void> {
  const bytes = await renderPdf(definition);
  const temp = `${path}.tmp-${process.pid}`;
  await writeFile(temp, bytes);
  await rename(temp, path);
}

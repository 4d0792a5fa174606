import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { writeFileDurable } from '../durable-file';

/** Renders a definition to PDF bytes with the bundled fonts and no network. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  // Loaded on first use: the PDF engine is most of the main side's code and start-up never needs it.
  const { offlinePdfmake } = await import('./pdfmake-offline');
  // pdfmake annotates the definition while laying it out: build a fresh one per render.
  const pdf = offlinePdfmake().createPdf(definition);
  return (await pdf.getBuffer()) as Buffer;
}

/** Through the durable writer: a failed export never leaves half a file nor a temp copy. */
export async function writePlanPdf(definition: TDocumentDefinitions, path: string): Promise<void> {
  const bytes = await renderPdf(definition);
  await writeFileDurable(path, bytes);
}

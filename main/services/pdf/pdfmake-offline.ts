import * as pdfmakeModule from 'pdfmake';
import vfsFonts from 'pdfmake/build/vfs_fonts.js';
import { STANDARD_FONT_FAMILIES, standardFaceNames } from './standard-faces';

type PdfMake = typeof pdfmakeModule;
interface VirtualFs {
  writeFileSync(name: string, content: Buffer): void;
  existsSync(name: string): boolean;
}

/** The Roboto faces that ship inside pdfmake (build/vfs_fonts.js), bundled with the app: nothing is read from disk or the network. */
export const BUNDLED_FONTS = {
  Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
};

let ready: (PdfMake & { virtualfs: VirtualFs }) | null = null;

/**
 * What a definition may open by name: only the standard faces (pdfkit draws them from
 * metrics it carries and reads no file of that name); any other path is refused.
 */
export function allowLocalName(name: string): boolean {
  return standardFaceNames.includes(name);
}

/** Why every URL is refused: the app is offline by promise, and a document must never fetch anything. */
export function refuseUrl(): boolean {
  return false;
}

/**
 * pdfmake's Node singleton, set up once: fonts in its virtual file system, every URL
 * and every local file refused (pdfmake would otherwise fetch images or fonts named
 * by URL and read any path a definition mentions). pdfmake asks the local policy for
 * standard faces too, as if their names were paths: those names alone are allowed.
 */
export function offlinePdfmake(): PdfMake {
  if (ready) return ready;
  // pdfmake is CommonJS exporting an instance: Node's ESM loader and esbuild both put it on `default`.
  const instance = ((pdfmakeModule as unknown as { default?: PdfMake }).default ?? pdfmakeModule) as PdfMake & { virtualfs: VirtualFs };
  for (const [name, base64] of Object.entries(vfsFonts as unknown as Record<string, string>)) {
    if (!instance.virtualfs.existsSync(name)) instance.virtualfs.writeFileSync(name, Buffer.from(base64, 'base64'));
  }
  instance.setUrlAccessPolicy(refuseUrl);
  instance.setLocalAccessPolicy(allowLocalName);
  instance.setFonts({ ...structuredClone(BUNDLED_FONTS), ...structuredClone(STANDARD_FONT_FAMILIES) });
  ready = instance;
  return instance;
}

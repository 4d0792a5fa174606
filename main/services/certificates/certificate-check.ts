import { basename } from 'node:path';
import { CERTIFICATE_MAX_BYTES, type CertificateKind } from '../../../shared/model/certificate';
import { UserFacingError } from '../user-facing-error';

/** What file-type reports, mapped to the kinds a certificate may be. */
const KIND_OF_MIME: Record<string, CertificateKind> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/tiff': 'tif',
};

const megabytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;

export interface CheckedCertificate {
  bytes: Buffer;
  kind: CertificateKind;
  fileName: string;
}

/**
 * A chosen file checked before it is kept: at most 20 MB, and a PDF or an image by what its
 * bytes are (file-type reads the signature), whatever its name says. Refusals name the file.
 */
export async function checkCertificateFile(path: string, read: (path: string) => Promise<Buffer>, size: (path: string) => Promise<number>): Promise<CheckedCertificate> {
  const fileName = basename(path);
  let bytesOnDisk: number;
  try {
    bytesOnDisk = await size(path);
  } catch (error) {
    throw new UserFacingError(`“${fileName}” could not be read: ${(error as Error).message}`);
  }
  if (bytesOnDisk > CERTIFICATE_MAX_BYTES) throw new UserFacingError(`“${fileName}” is ${megabytes(bytesOnDisk)}; a certificate file can be at most 20 MB. Scan it at a lower resolution or save it as a smaller PDF.`);
  if (bytesOnDisk === 0) throw new UserFacingError(`“${fileName}” is empty.`);
  const bytes = await read(path);
  // The file may have grown between the two looks.
  if (bytes.length > CERTIFICATE_MAX_BYTES) throw new UserFacingError(`“${fileName}” is ${megabytes(bytes.length)}; a certificate file can be at most 20 MB.`);
  const { fileTypeFromBuffer } = await import('./content-sniffer');
  const found = await fileTypeFromBuffer(bytes);
  const kind = found ? KIND_OF_MIME[found.mime] : undefined;
  if (!kind) {
    const what = found ? ` (it contains ${found.ext.toUpperCase()})` : '';
    throw new UserFacingError(`“${fileName}” is not a PDF or an image${what}. Attach the certificate as a PDF, PNG, JPEG, WebP, GIF or TIFF file.`);
  }
  return { bytes, kind, fileName };
}

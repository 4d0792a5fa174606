import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';

/*
 * A certificate file kept with a completion: the record names it by the SHA-256 of its
 * bytes (content-addressed: the same file attached to several records is stored once).
 */

/** 20 MB: a scanned certificate is well under it; a bound keeps the data folder reasonable. */
export const CERTIFICATE_MAX_BYTES = 20 * 1024 * 1024;

/** The kinds of file accepted, by what their content is (never by the file name). */
export const certificateKinds = ['pdf', 'png', 'jpg', 'webp', 'gif', 'tif'] as const;
export type CertificateKind = (typeof certificateKinds)[number];

export const certificateRefSchema = lazySchema(() => z
  .object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'A certificate is named by the SHA-256 of its bytes (64 hexadecimal digits)'),
    /** The name the file had when it was attached (shown and used in exports; never a path). */
    fileName: z.string().trim().min(1).max(260),
    kind: z.enum(certificateKinds),
    bytes: z.number().int().min(1).max(CERTIFICATE_MAX_BYTES),
  })
  .strict());
export type CertificateRef = z.infer<typeof certificateRefSchema>;

import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { emptyMapping, importFields, normaliseHeader, type ImportField } from './csv-mapping';
import { importOptionsSchema } from './import-options';

// Mappings the user saved, offered again when the same header row comes back.

const columnSchema = lazySchema(() => z.number().int().min(0).max(10_000).nullable());
export const columnMappingSchema = lazySchema(() => z.object(Object.fromEntries(importFields.map((f) => [f, columnSchema])) as Record<ImportField, typeof columnSchema>));

export const savedMappingSchema = lazySchema(() => z.object({
  name: z.string().trim().min(1, 'Give the mapping a name').max(100, 'Use at most 100 characters'),
  /** The header row it was made for, normalised and joined: the same row brings it back. */
  headerKey: z.string().max(20_000),
  // Fields added in later versions are missing from older saved mappings; they default to "not in the file".
  mapping: columnMappingSchema.partial().transform((m) => ({ ...emptyMapping(), ...m })),
  options: importOptionsSchema,
}));
export type SavedMapping = z.infer<typeof savedMappingSchema>;

export function headerKey(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('\u001f');
}

/** The saved mapping (of either import) made for this header row, if any. */
export function findSavedMapping<T extends { headerKey: string }>(saved: readonly T[], headers: readonly string[]): T | null {
  const key = headerKey(headers);
  return saved.find((s) => s.headerKey === key) ?? null;
}

import type { Completion, Member } from '../../../shared/model/team';

export interface ZipEntrySource {
  member: Pick<Member, 'name'>;
  completion: Pick<Completion, 'completedOn' | 'trainingTitle' | 'custom'> & { certificate: NonNullable<Completion['certificate']> };
}

// Characters Windows, macOS or ZIP tools refuse or read as folders.
const safe = (s: string): string =>
  [...s]
    .map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80) || 'unnamed';

/** "Member/2026-03-01 Training.pdf": who, when and what, readable in any file manager; names made unique. */
export function certificateEntryName(source: ZipEntrySource, taken: Set<string>): string {
  const { member, completion } = source;
  const training = completion.trainingTitle ?? completion.custom?.title ?? 'Training';
  const stem = `${safe(member.name)}/${completion.completedOn} ${safe(training)}`;
  const ext = completion.certificate.kind;
  let name = `${stem}.${ext}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).${ext}`;
  taken.add(name.toLowerCase());
  return name;
}

/** One ZIP of certificates (stored as they are: PDFs and images are already compressed). */
export async function certificatesZip(sources: readonly ZipEntrySource[], read: (sha256: string) => Promise<Buffer | null>): Promise<{ zip: Uint8Array; files: number; missing: string[] }> {
  const taken = new Set<string>();
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  const missing: string[] = [];
  for (const s of sources) {
    const name = certificateEntryName(s, taken);
    const bytes = await read(s.completion.certificate.sha256);
    if (bytes === null) missing.push(name);
    else entries[name] = [bytes, { level: 0 }];
  }
  const { zipSync } = await import('../zip-engine');
  return { zip: zipSync(entries), files: Object.keys(entries).length, missing };
}

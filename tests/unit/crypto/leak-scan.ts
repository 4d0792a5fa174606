import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The ways a string could sit in a file: UTF-8, UTF-16LE, UTF-16BE, hex, and base64 at each
 * of the three alignments it can take inside a longer base64 text (the edge characters, which
 * depend on the neighbouring bytes, are trimmed).
 */
export function encodingsOf(text: string): { name: string; bytes: Buffer }[] {
  const utf8 = Buffer.from(text, 'utf8');
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const base64 = [0, 1, 2].map((shift) => {
    const padded = Buffer.concat([Buffer.alloc(shift), utf8]).toString('base64');
    const start = Math.ceil((shift * 4) / 3) + (shift > 0 ? 1 : 0);
    return Buffer.from(padded.slice(start, padded.length - 4));
  });
  return [
    { name: 'UTF-8', bytes: utf8 },
    { name: 'UTF-16LE', bytes: utf16le },
    { name: 'UTF-16BE', bytes: utf16be },
    { name: 'hex', bytes: Buffer.from(utf8.toString('hex')) },
    ...base64.map((bytes, shift) => ({ name: `base64+${shift}`, bytes })),
  ];
}

/** Every file under `dir`, recursively (data file, backups, moved-aside copies, side files, temp files). */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push(path);
  }
  return out;
}

/** "file: encoding" for every place the text is found; [] when it is nowhere. */
export async function whereFound(dir: string, text: string): Promise<string[]> {
  const found: string[] = [];
  for (const path of await filesUnder(dir)) {
    const bytes = await readFile(path);
    for (const { name, bytes: needle } of encodingsOf(text)) if (bytes.includes(needle)) found.push(`${path.slice(dir.length + 1)}: ${name}`);
  }
  return found;
}

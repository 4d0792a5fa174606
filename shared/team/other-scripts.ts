import { analyse } from 'chardet';

/*
 * Excel's plain "CSV" in a language not written in Latin letters comes in that Windows version's
 * code page: Cyrillic (Windows-1251), Greek (1253), Hebrew (1255), Arabic (1256), Korean (CP949,
 * read as EUC-KR), Simplified Chinese (GBK, read as GB18030) and Traditional Chinese (Big5). Which
 * one is told by chardet's letter statistics; this module only decides when to ask and which of
 * its answers to take.
 */

export const otherScriptEncodings = ['windows-1251', 'windows-1253', 'windows-1255', 'windows-1256', 'euc-kr', 'gb18030', 'big5'] as const;
export type OtherScriptEncoding = (typeof otherScriptEncodings)[number];

// chardet's names, and the code page Excel writes for each: ISO-8859-7 and -8 differ from 1253 and
// 1255 only outside the letters; ISO-8859-6 is no Excel encoding, so an Arabic file is 1256.
const FROM_CHARDET: Record<string, OtherScriptEncoding> = {
  'windows-1251': 'windows-1251',
  'ISO-8859-7': 'windows-1253',
  'windows-1253': 'windows-1253',
  'ISO-8859-8': 'windows-1255',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'ISO-8859-6': 'windows-1256',
  'EUC-KR': 'euc-kr',
  GB18030: 'gb18030',
  Big5: 'big5',
};
const SAMPLE_BYTES = 64 * 1024;
const DOUBLE_BYTE: ReadonlySet<OtherScriptEncoding> = new Set(['euc-kr', 'gb18030', 'big5']);
/**
 * Whether text read as Windows-1252 has its words made mostly of accented letters: the bytes
 * of another script, each read as a Latin letter ("Èâàíîâà" for "Иванова"). Western text keeps
 * its accents a few letters in a word ("Núñez", "Müller").
 */
function looksLikeAnotherScript(western: string): boolean {
  let accented = 0;
  let letters = 0;
  for (const word of western.match(/\p{L}+/gu) ?? []) {
    const high = word.replace(/[A-Za-z]/g, '').length;
    if (high === 0) continue;
    accented += high;
    letters += word.length;
  }
  return accented >= 6 && accented >= letters * 0.6;
}

/** The code page of another script these bytes are in, or null when they read as Latin text. */
export function otherScriptEncoding(bytes: Uint8Array, western: string): OtherScriptEncoding | null {
  // The file's start tells its code page as well as the whole would, and a big file is not read twice.
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const otherLetters = looksLikeAnotherScript(western.slice(0, SAMPLE_BYTES));
  for (const { name, confidence } of analyse(sample)) {
    const encoding = FROM_CHARDET[name];
    if (encoding === undefined) continue;
    if (!DOUBLE_BYTE.has(encoding)) {
      if (otherLetters) return encoding;
      continue;
    }
    // A few pairs of accented Latin letters also read as Chinese characters: only a confident answer counts.
    if (confidence < 50) continue;
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes);
      return encoding;
    } catch {
      // Not valid in this encoding: the next answer.
    }
  }
  return null;
}

import { otherScriptEncoding, otherScriptEncodings, type OtherScriptEncoding } from './other-scripts';

/**
 * Turns the bytes of an imported file into text. Excel and LMS exports come as
 * UTF-8 (with or without a BOM), Excel's "Unicode Text" and Moodle's
 * "Excel-compatible" downloads as UTF-16 with a BOM, and Excel's plain "CSV" as
 * Windows-1252, or on a Mac as Mac Roman (chosen by the user: its bytes are valid
 * Windows-1252 too, so no guess can tell them apart). Excel set to Polish, Czech or
 * Hungarian writes Windows-1250, set to Turkish Windows-1254, set to Japanese Shift_JIS, and set to a
 * language of another script that script's code page (other-scripts.ts). TextDecoder (WHATWG
 * Encoding, in browsers and Node) does the work.
 */

export const textEncodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'macintosh', 'windows-1250', 'windows-1254', 'shift_jis', ...otherScriptEncodings] as const;
export type TextEncodingName = (typeof textEncodings)[number];

export const encodingLabels: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian, Excel “Unicode Text”)',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1252': 'Windows-1252 (Excel “CSV” on Windows, Western European)',
  macintosh: 'Mac Roman (Excel “CSV” on a Mac)',
  'windows-1250': 'Windows-1250 (Excel “CSV” in Polish, Czech, Hungarian)',
  'windows-1254': 'Windows-1254 (Excel “CSV” in Turkish)',
  shift_jis: 'Shift_JIS (Excel “CSV” in Japanese)',
  'windows-1251': 'Windows-1251 (Excel “CSV” in Russian, Ukrainian, Bulgarian, Serbian)',
  'windows-1253': 'Windows-1253 (Excel “CSV” in Greek)',
  'windows-1255': 'Windows-1255 (Excel “CSV” in Hebrew)',
  'windows-1256': 'Windows-1256 (Excel “CSV” in Arabic)',
  'euc-kr': 'CP949 / EUC-KR (Excel “CSV” in Korean)',
  gb18030: 'GBK / GB18030 (Excel “CSV” in Simplified Chinese)',
  big5: 'Big5 (Excel “CSV” in Traditional Chinese)',
};

// Why another script's code page was chosen, in the coordinator's words.
const OTHER_SCRIPT_REASON: Record<OtherScriptEncoding, Decoded['reason']> = {
  'windows-1251': 'Cyrillic letters',
  'windows-1253': 'Greek letters',
  'windows-1255': 'Hebrew letters',
  'windows-1256': 'Arabic letters',
  'euc-kr': 'Korean text',
  gb18030: 'Chinese text',
  big5: 'Chinese text',
};

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** How the encoding was chosen, in words a coordinator can check. */
  reason:
    | 'byte-order mark'
    | 'valid UTF-8'
    | 'not valid UTF-8'
    | 'Central European letters'
    | 'Turkish letters'
    | 'Japanese text'
    | 'Cyrillic letters'
    | 'Greek letters'
    | 'Hebrew letters'
    | 'Arabic letters'
    | 'Korean text'
    | 'Chinese text'
    | 'line ends of a Mac'
    | 'chosen by you'
    | 'spreadsheet workbook';
}

/**
 * WHATWG index-windows-1252 for bytes 0x80–0x9F (the only row that differs from
 * ISO-8859-1; 0x81, 0x8D, 0x8F, 0x90, 0x9D map to themselves). Chromium's
 * TextDecoder applies it, but Node 20's decodes windows-1252 as ISO-8859-1, and
 * the main process re-checks imports under Node, so both sides apply this row.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder('windows-1252').decode(bytes);
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]!)) : text;
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

// Read as Windows-1252, Polish and Czech letters become "³", "¹" and "¿" inside words ("Przes³uchanie"), which no Western text has.
const CENTRAL_EUROPEAN_IN_1252 = /\p{L}[¹³¿]\p{L}/u;
// Read as Windows-1252, Turkish ı, ş and ğ become "ý", "þ" and "ð" inside words ("Adý Soyadý"); with a
// "ç" or "ü", which Turkish has and Icelandic (whose letters those three are) does not.
const TURKISH_IN_1252 = /\p{L}[ýþð]|[ÝÞÐ]\p{L}/u;
const TURKISH_ONLY = /[çüÇÜ]/u;
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]{2}/u;

/** Shift_JIS when the bytes are valid Shift_JIS holding Japanese words (Western accented letters are not). */
function asJapanese(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return JAPANESE.test(text) ? text : null;
  } catch {
    return null;
  }
}

/** Whether the lines end with CR alone: a CR and no LF anywhere. */
function macLineEnds(bytes: Uint8Array): boolean {
  return bytes.includes(0x0d) && !bytes.includes(0x0a);
}

/**
 * A BOM decides; otherwise UTF-8 when every byte sequence is valid UTF-8, else
 * Shift_JIS when the bytes are Japanese text in it, else another script's code page when its
 * letters fill the words (other-scripts.ts), else Mac Roman when the lines end with
 * CR alone (Excel for Mac's "CSV"), else Windows-1250 when Windows-1252
 * would put "³" or "¿" inside words, else Windows-1254 when it would put "ý", "þ" or "ð"
 * there beside a "ç" or "ü", else Windows-1252 (every byte is a character there,
 * so decoding never fails). `chosen` overrides the guess; a BOM matching the choice is still dropped.
 */
export function decodeBytes(bytes: Uint8Array, chosen?: TextEncodingName): Decoded {
  const bom = bomEncoding(bytes);
  if (chosen) {
    const body = bom && bom.encoding === chosen ? bytes.subarray(bom.length) : bytes;
    return { text: decodeAs(chosen, body), encoding: chosen, reason: 'chosen by you' };
  }
  if (bom) return { text: decodeAs(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, reason: 'byte-order mark' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', reason: 'valid UTF-8' };
  } catch {
    const japanese = asJapanese(bytes);
    if (japanese !== null) return { text: japanese, encoding: 'shift_jis', reason: 'Japanese text' };
    const western = decodeWindows1252(bytes);
    const other = otherScriptEncoding(bytes, western);
    if (other !== null) return { text: new TextDecoder(other).decode(bytes), encoding: other, reason: OTHER_SCRIPT_REASON[other] };
    // Lines ended by CR alone: Excel for Mac's "CSV", which is Mac Roman (Windows ends lines with CR LF).
    if (macLineEnds(bytes)) return { text: new TextDecoder('macintosh').decode(bytes), encoding: 'macintosh', reason: 'line ends of a Mac' };
    if (CENTRAL_EUROPEAN_IN_1252.test(western)) return { text: new TextDecoder('windows-1250').decode(bytes), encoding: 'windows-1250', reason: 'Central European letters' };
    if (TURKISH_IN_1252.test(western) && TURKISH_ONLY.test(western)) return { text: new TextDecoder('windows-1254').decode(bytes), encoding: 'windows-1254', reason: 'Turkish letters' };
    return { text: western, encoding: 'windows-1252', reason: 'not valid UTF-8' };
  }
}

import { utils, type CellObject, type WorkSheet } from '@e965/xlsx';

/*
 * Hand-kept logs often say a row's status only by its fill ("Green = complete, Yellow =
 * registered, Red = cancelled / no-show", typed as a key beside the title). A CSV loses the
 * colours, and the import reads a worksheet as CSV text; so where such a key is found, the
 * worksheet gets one more column, its cells the key's words for each row's colour, which the
 * import then reads as the status like any other.
 */

/** The column's header: it names the status field, so the first guess maps it there. */
export const ROW_COLOUR_HEADER = 'Status (row colour)';

type ColourWord = 'green' | 'yellow' | 'red' | 'orange' | 'blue' | 'purple' | 'pink' | 'grey';

// "Green = complete", "GREEN - done", "Light red: cancelled", "Key: Yellow = registered".
const KEY_ENTRY = /^(?:key\s*[:-]?\s*)?(?:(?:light|dark|pale|bright)\s+)?(green|yellow|red|orange|blue|purple|pink|grey|gray)\s*(?:=|:|-|–|—)\s*(\S.{0,79})$/i;

interface KeyEntry {
  address: string;
  word: ColourWord;
  /** The key cell's own fill, when it is painted in its colour (the surest match). */
  rgb: string | null;
  meaning: string;
}

/** A cell's solid fill as RRGGBB, or null (none, a pattern, or a theme colour SheetJS did not resolve). */
function fillOf(cell: CellObject | undefined): string | null {
  const style = cell?.s as { patternType?: string; fgColor?: { rgb?: string } } | undefined;
  if (style?.patternType !== 'solid') return null;
  const rgb = style.fgColor?.rgb;
  return typeof rgb === 'string' && /^(?:[0-9A-F]{2})?[0-9A-F]{6}$/i.test(rgb) ? rgb.slice(-6).toUpperCase() : null;
}

/** The colour word a fill reads as, by its hue: the words a key is typed in. */
export function colourWord(rgb: string): ColourWord | null {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const light = (max + min) / 2;
  const chroma = max - min;
  if (light > 0.97) return null; // white: no colour
  const saturation = chroma === 0 ? 0 : chroma / (1 - Math.abs(2 * light - 1));
  if (saturation < 0.15) return 'grey';
  let hue = max === r ? ((g - b) / chroma) % 6 : max === g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
  hue = (hue * 60 + 360) % 360;
  // Excel's light red ("Bad", FFC7CE) sits at 352°, where pink does too: NEAR lets a key's other word match.
  if (hue < 15 || hue >= 345) return 'red';
  // Excel's standard Orange (FFC000) is 45°, its Neutral yellow (FFEB9C) 48°.
  if (hue < 46) return 'orange';
  if (hue < 70) return 'yellow';
  if (hue < 170) return 'green';
  if (hue < 260) return 'blue';
  if (hue < 290) return 'purple';
  return light > 0.7 ? 'pink' : 'purple';
}

/** Words a fill may be called by when the key has no entry in its own word ("Red" for a light red read as pink). */
const NEAR: Record<ColourWord, readonly ColourWord[]> = {
  red: ['pink', 'orange'],
  pink: ['red', 'purple'],
  orange: ['yellow', 'red'],
  yellow: ['orange'],
  green: [],
  blue: ['purple'],
  purple: ['pink', 'blue'],
  grey: [],
};

/** What a cell shows, as the CSV text will. */
const cellText = (cell: CellObject): string => String(cell.w ?? cell.v ?? '').trim();

/** The key's cells ("Green = complete"), wherever on the sheet; none unless each names a different colour. */
function keyEntries(sheet: WorkSheet, cells: readonly [string, CellObject][]): KeyEntry[] {
  const entries: KeyEntry[] = [];
  for (const [address, cell] of cells) {
    const match = KEY_ENTRY.exec(cellText(cell));
    if (!match) continue;
    const word = match[1]!.toLowerCase().replace('gray', 'grey') as ColourWord;
    entries.push({ address, word, rgb: fillOf(sheet[address]), meaning: match[2]!.trim() });
  }
  // One entry per colour word: a key names each colour once.
  return new Set(entries.map((e) => e.word)).size === entries.length ? entries : [];
}

/**
 * Adds the "Status (row colour)" column after the sheet's last one when the sheet has a colour
 * key of at least two colours and at least one row (not the key's own) painted in one of them:
 * each row's cell is the key's words for its fill (the fill most of its filled cells share), the
 * header's cell is ROW_COLOUR_HEADER, on the nearest row above the first painted one that has
 * any cell. Returns whether it added the column.
 */
export function addRowColourColumn(sheet: WorkSheet): boolean {
  const ref = sheet['!ref'];
  if (ref === undefined) return false;
  const cells = Object.entries(sheet).filter(([address, cell]) => !address.startsWith('!') && cell !== undefined) as [string, CellObject][];
  const key = keyEntries(sheet, cells);
  if (key.length < 2) return false;
  const keyCells = new Set(key.map((e) => e.address));
  // A key cell painted in its colour matches that fill exactly; any other fill, by the key's words.
  const byWord = new Map(key.map((e) => [e.word, e.meaning]));
  const meaningOf = (rgb: string): string | null => {
    const exact = key.find((e) => e.rgb === rgb);
    if (exact) return exact.meaning;
    const word = colourWord(rgb);
    if (word === null) return null;
    return byWord.get(word) ?? NEAR[word].map((w) => byWord.get(w)).find((m) => m !== undefined) ?? null;
  };

  // Each row's fills, counted over its filled cells.
  const fills = new Map<number, Map<string, number>>();
  const filledCells = new Map<number, number>();
  for (const [address, cell] of cells) {
    const { r } = utils.decode_cell(address);
    if (keyCells.has(address) || cellText(cell) === '') continue;
    filledCells.set(r, (filledCells.get(r) ?? 0) + 1);
    const rgb = fillOf(cell);
    if (rgb === null) continue;
    const counts = fills.get(r) ?? new Map<string, number>();
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
    fills.set(r, counts);
  }
  const meanings = new Map<number, string>();
  // Found here, not by spreading the rows into Math.min: a sheet of 200,000 rows would overflow the stack.
  let firstPainted = Infinity;
  for (const [r, counts] of fills) {
    const [rgb, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const meaning = n * 2 >= filledCells.get(r)! ? meaningOf(rgb) : null;
    if (meaning === null) continue;
    meanings.set(r, meaning);
    firstPainted = Math.min(firstPainted, r);
  }
  if (meanings.size === 0) return false;

  const range = utils.decode_range(ref);
  const column = range.e.c + 1;
  let headerRow = firstPainted - 1;
  while (headerRow >= range.s.r && !filledCells.has(headerRow)) headerRow--;
  if (headerRow < range.s.r) return false;
  sheet[utils.encode_cell({ r: headerRow, c: column })] = { t: 's', v: ROW_COLOUR_HEADER, w: ROW_COLOUR_HEADER };
  for (const [r, meaning] of meanings) if (r > headerRow) sheet[utils.encode_cell({ r, c: column })] = { t: 's', v: meaning, w: meaning };
  sheet['!ref'] = utils.encode_range({ s: range.s, e: { r: range.e.r, c: column } });
  return true;
}

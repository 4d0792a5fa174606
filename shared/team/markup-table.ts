import { decodeHTML } from 'entities';

/*
 * Spreadsheets that are text: what many web systems save as "Excel" (.xls) is a web page with a
 * table in it, and Moodle offers the same as its "HTML table" download; Excel 2003 also saved
 * workbooks as XML ("XML Spreadsheet"). Both are read as workbooks (xlsx-sheet.ts), not as CSV.
 */

export type MarkupTable = 'web page table' | 'Excel XML spreadsheet';

/** How far into the text the start of a table is looked for: a page's head may carry long styles. */
const LOOK = 65_536;

/** Which of the two the text is, from its start; null for any other text (a CSV never starts with "<"). */
export function markupTableKind(text: string): MarkupTable | null {
  // Found, not stripped: every text file chosen passes here, and a copy of it would cost its size.
  const first = text.search(/[^\s\uFEFF]/);
  if (text[first] !== '<') return null; // a blank text: first is -1, text[-1] is undefined
  const head = text.slice(first, first + LOOK);
  if (/<(?:ss:)?Workbook[\s>]/.test(head) && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'Excel XML spreadsheet';
  return /<table[\s>]/i.test(head) ? 'web page table' : null;
}

const ENTITY = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});/g;
const XML_ENTITIES = new Set(['&amp;', '&lt;', '&gt;', '&quot;', '&apos;']);
// The markup's own characters, written as the XML reference SheetJS reads.
const AS_XML = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&apos;'],
]);

/**
 * A web page with its character references ("&ndash;", "&eacute;", and the numeric "&#250;" that
 * .NET's HtmlEncode writes for every accented letter) written as the characters: SheetJS reads
 * only XML's five, and web exports use the rest. A character of the markup itself stays a
 * reference, as one of XML's five, so the markup reads the same.
 */
export function withEntitiesDecoded(html: string): string {
  return html.replace(ENTITY, (entity) => {
    if (XML_ENTITIES.has(entity)) return entity;
    const character = decodeHTML(entity);
    return AS_XML.get(character) ?? character;
  });
}

import { describe, expect, it } from 'vitest';
import { markupTableKind, withEntitiesDecoded } from '../../../shared/team/markup-table';

describe('spreadsheets written as markup', () => {
  it('tells a web page with a table and an Excel XML spreadsheet from any other text', () => {
    expect(markupTableKind('\uFEFF\r\n  <html><head><style>td{}</style></head><body><TABLE border=1><tr><td>a</td></tr></TABLE>')).toBe('web page table');
    expect(markupTableKind('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>')).toBe('Excel XML spreadsheet');
    // A page with no table, another XML, and a CSV whose first cell starts with "<" are not spreadsheets.
    expect(markupTableKind('<html><body><p>Report</p></body></html>')).toBeNull();
    expect(markupTableKind('<?xml version="1.0"?><Workbook xmlns="urn:example"><tablet/></Workbook>')).toBeNull();
    expect(markupTableKind('Name,Course\n<table>,x')).toBeNull();
  });

  it('writes character references as characters, keeping the markup\'s own as the five XML ones', () => {
    expect(withEntitiesDecoded('Training &ndash; Jos&eacute; &rsquo;s &amp; &lt;b&gt; &nbsp;&quot;&apos; &unknownentity;')).toBe('Training – José ’s &amp; &lt;b&gt; \u00A0&quot;&apos; &unknownentity;');
    // .NET's HtmlEncode (ASP.NET "Export to Excel") writes accented letters and the apostrophe as numbers.
    expect(withEntitiesDecoded('N&#250;&#241;ez &#8211; &#x2019; &#XFA; Children&#39;s &#38; &#60;b&#62; &#34;')).toBe('Núñez – ’ ú Children&apos;s &amp; &lt;b&gt; &quot;');
  });
});

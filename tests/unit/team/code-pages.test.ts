import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/team/decode-bytes';

/*
 * Excel's plain "CSV" is written in the computer's code page: Windows-1252 in Western
 * Europe and the Americas, Windows-1250 in Polish, Czech or Hungarian Windows, Shift_JIS in
 * Japanese. No byte-order mark says which; the letters do.
 */

// The Windows-1250 bytes of the Polish letters used here (the rest is ASCII).
const CP1250: Record<string, number> = { ł: 0xb3, ś: 0x9c, ż: 0xbf, ą: 0xb9, ę: 0xea, ó: 0xf3, ń: 0xf1, ć: 0xe6, ź: 0x9f, Ś: 0x8c, Ż: 0xaf };
const cp1250 = (text: string) => new Uint8Array([...text].map((c) => CP1250[c] ?? c.charCodeAt(0)));
const hex = (bytes: string) => new Uint8Array(bytes.split(' ').map((b) => parseInt(b, 16)));

describe('text that is not UTF-8', () => {
  it('is Windows-1250 when Windows-1252 would put "³" or "¿" inside words', () => {
    const text = 'Imię i nazwisko;Szkolenie;Data ukończenia\r\nDana Reyes;Przesłuchanie małoletniego świadka;07.03.2026\r\nSam Lee;Pomoc ofiarom handlu ludźmi;12.02.2026\r\n';
    expect(decodeBytes(cp1250(text))).toEqual({ text, encoding: 'windows-1250', reason: 'Central European letters' });
  });

  it('is Windows-1254 when Windows-1252 would put "ý", "þ" or "ð" inside words beside a "ç" or "ü"', () => {
    const CP1254: Record<string, number> = { ı: 0xfd, ş: 0xfe, ğ: 0xf0, İ: 0xdd, Ş: 0xde, Ğ: 0xd0, ç: 0xe7, ü: 0xfc, ö: 0xf6 };
    const text = 'Adı Soyadı;Eğitimin Adı;Bitiş Tarihi\r\nAyşe Yılmaz;İnsan ticareti ile mücadele;07.03.2026\r\nOğuz Kılıç;Çocuk görüşmesi;12.02.2026\r\n';
    const bytes = new Uint8Array([...text].map((c) => CP1254[c] ?? c.charCodeAt(0)));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'windows-1254', reason: 'Turkish letters' });
    // Icelandic has "ð", "þ" and "ý" but no "ç" or "ü": Windows-1252.
    expect(decodeBytes(new Uint8Array([...'Nafn;Námskeið\r\nÞórður;Fræðsla\r\n'].map((c) => c.charCodeAt(0)))).encoding).toBe('windows-1252');
  });

  it('is Shift_JIS when the bytes are Japanese text in it', () => {
    // 氏名,研修名 (name, training) and 救急法 as Japanese Excel writes them.
    expect(decodeBytes(hex('8e 81 96 bc 2c 8c a4 8f 43 96 bc 0d 0a 44 61 6e 61 2c 8b 7e 8b 7d 96 40'))).toEqual({ text: '氏名,研修名\r\nDana,救急法', encoding: 'shift_jis', reason: 'Japanese text' });
  });

  it('stays Windows-1252 for Western text, whose accented letters are no Shift_JIS and put no "³" inside words', () => {
    const western = new Uint8Array([...'Name;Kurs;Stunden\r\nAna Núñez;Sœur Thérèse;7,5\r\nJosé;Français ¿Sí?;8\r\n'].map((c) => c.charCodeAt(0) === 0x153 ? 0x9c : c.charCodeAt(0)));
    expect(decodeBytes(western)).toMatchObject({ encoding: 'windows-1252', reason: 'not valid UTF-8' });
    expect(decodeBytes(western).text).toContain('Sœur Thérèse');
    // "Ñ" alone is a valid Shift_JIS byte too (a half-width katakana), but no Japanese word.
    expect(decodeBytes(new Uint8Array([...'NU\u00d1EZ,CAPACITACI\u00d3N'].map((c) => c.charCodeAt(0))))).toMatchObject({ text: 'NUÑEZ,CAPACITACIÓN', encoding: 'windows-1252' });
  });

  it('is Mac Roman when the lines end with CR alone, as Excel for Mac writes its "CSV"', () => {
    // "João", "Conceição" and "Luíza" in Mac Roman: ã 0x8b, ç 0x8d, í 0x92.
    const MAC: Record<string, number> = { ã: 0x8b, ç: 0x8d, í: 0x92 };
    const text = 'Curso;João Batista;Conceição Lima\rCART;07/03/2026;\rLuíza;;\r';
    expect(decodeBytes(new Uint8Array([...text].map((c) => MAC[c] ?? c.charCodeAt(0))))).toEqual({ text, encoding: 'macintosh', reason: 'line ends of a Mac' });
    // The same bytes with Windows' line ends are Windows-1252.
    expect(decodeBytes(new Uint8Array([...text.replace(/\r/g, '\r\n')].map((c) => MAC[c] ?? c.charCodeAt(0)))).encoding).toBe('windows-1252');
  });

  it('can be chosen as either, whatever the guess', () => {
    expect(decodeBytes(hex('8b 7e 8b 7d 96 40'), 'windows-1252').encoding).toBe('windows-1252');
    expect(decodeBytes(cp1250('Przesłuchanie'), 'windows-1250').text).toBe('Przesłuchanie');
  });
});

/** The bytes of `text` in a code page, from TextDecoder's own table (single bytes, then lead and trail pairs). */
function encodeAs(encoding: string, text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(encoding, { fatal: true });
  const learn = (bytes: number[]) => {
    try {
      const char = decoder.decode(new Uint8Array(bytes));
      if ([...char].length === 1 && !table.has(char)) table.set(char, bytes);
    } catch {
      // No character: not in the table.
    }
  };
  for (let b = 0; b < 0x100; b++) learn([b]);
  for (let lead = 0x81; lead < 0xff; lead++) for (let trail = 0x40; trail < 0xff; trail++) learn([lead, trail]);
  return new Uint8Array([...text].flatMap((c) => table.get(c) ?? [c.charCodeAt(0)]));
}

describe('Excel CSV in a language of another script', () => {
  const samples: [string, string, string][] = [
    ['windows-1251', 'Cyrillic letters', '№;ФИО;Наименование курса;Дата окончания;Результат\r\n1;Иванова Мария Сергеевна;Противодействие торговле людьми;27.01.2026;зачтено\r\n2;Петров Алексей Иванович;Расследование преступлений против детей;24.04.2026;зачтено\r\n'],
    ['windows-1253', 'Greek letters', 'Α/Α;Επώνυμο;Όνομα;Σεμινάριο;Ημερομηνία ολοκλήρωσης;Αποτέλεσμα\r\n1;Παπαδοπούλου;Ελένη;Εμπορία ανθρώπων;13/3/2026;Επιτυχία\r\n2;Καραγιάννης;Νικόλαος;Ανακριτική συνέντευξη παιδιών;24/4/2026;Επιτυχία\r\n'],
    ['windows-1255', 'Hebrew letters', 'שם משפחה,שם פרטי,שם הקורס,תאריך סיום,סטטוס\r\nכהן,דנה,ראיון חקירתי של ילדים,13/03/2026,הושלם\r\nלוי,אבי,חקירות ברשת,24/04/2026,הושלם\r\n'],
    ['windows-1256', 'Arabic letters', 'الاسم;اسم الدورة;تاريخ النهاية;النتيجة\r\nأحمد الشامسي;مكافحة الاتجار بالبشر;13/03/2026;ناجح\r\nخالد النعيمي;التحقيق في الجرائم الإلكترونية;24/04/2026;ناجح\r\n'],
    ['euc-kr', 'Korean text', '번호,성명,교육과정명,이수일,이수여부\r\n1,김민지,아동 면담 기법,2026-03-13,이수\r\n2,박준호,온라인 아동 착취 수사,2026-04-24,이수\r\n'],
    ['gb18030', 'Chinese text', '序号,姓名,培训项目,培训日期,考核结果\r\n1,王晓燕,儿童询问技巧,2026/3/13,合格\r\n2,李志强,网络犯罪侦查,2026/4/24,合格\r\n'],
  ];

  it("is read in that script's code page, found from its letters, and named", () => {
    for (const [encoding, reason, text] of samples) expect([encoding, decodeBytes(encodeAs(encoding, text))]).toEqual([encoding, { text, encoding, reason }]);
  });

  it('leaves Western text with many accents in Windows-1252', () => {
    const text = 'Nom;Formation;Réussite\r\nÉlodie Lefèvre;Entretien des enfants victimes;Réussi\r\nJosé Núñez;CAPACITACIÓN EN TRATA;Sí\r\n';
    expect(decodeBytes(encodeAs('windows-1252', text))).toEqual({ text, encoding: 'windows-1252', reason: 'not valid UTF-8' });
  });
});


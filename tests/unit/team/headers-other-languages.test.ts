import { describe, expect, it } from 'vitest';
import { utils, write, type CellObject, type WorkSheet } from '@e965/xlsx';
import { guessMapping, type ColumnMapping } from '../../../shared/team/csv-mapping';
import { hasUnreadCourseColumn, startedBesideCompleted, statusIsCertificateState } from '../../../shared/team/column-signs';
import { guessCompletedValues } from '../../../shared/team/row-rules';
import { firstMapping, readImportFile, readTable, trainingHintFromFileName, type LoadedFile } from '../../../shared/team/import-start';
import { planImport } from '../../../shared/team/csv-import';
import { formatRowError } from '../../../shared/team/import-plan';
import { parseCsvTable } from '../../../shared/team/csv-parse';
import { createTrainingLookup } from '../../../shared/team/training-lookup';
import type { Catalogue } from '../../../shared/catalogue/schema';
import catalogue from '../../../data/catalogue.json';
import { importContext, member, readWorkbookHere } from './helpers';

/*
 * The first guess for exports headed in other languages (Moodle 4.x report builder and certificate
 * plugins through their language packs, sheets typed in Italian, Polish, Czech, Swedish, Danish,
 * Japanese and Mexican Spanish) and English headers of academy and POST rosters, SSRS and Totara
 * reports. Headers are copied from the red-team files of round 4 (.tmp/redteam/round4-*), whose
 * READMEs name the language pack or plugin source of each.
 */

const trainings = createTrainingLookup(catalogue as unknown as Catalogue);
const team = [
  member('m-dana', 'Dana Reyes', { email: 'dana.reyes@example.gov', externalId: '54120' }),
  member('m-sam', 'Sam Lee', { email: 'sam.lee@example.gov' }),
  member('m-jordan', 'Jordan Hale', { email: 'jordan.hale@example.gov' }),
  member('m-ana', 'Ana Núñez', { email: 'ana.nunez@example.gov' }),
];
const CART = 'aattap-cart-training';
const P2P = 'search-peer-to-peer-investigations';

/** Each mapped field with the header of its column. */
function named(headers: readonly string[], mapping: ColumnMapping = guessMapping(headers)): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).flatMap(([field, column]) => (column === null ? [] : [[field, headers[column]!]])));
}

/** The field guessed for one header of a row. */
const field = (headers: string[], wanted: string) => Object.entries(guessMapping(headers)).find(([, column]) => column !== null && headers[column] === wanted)?.[0] ?? null;

function plan(file: LoadedFile) {
  const first = { ...firstMapping(file, [], trainings, team), file };
  const p = planImport(file.table, first.mapping, importContext(team, { trainings }), first.options);
  return {
    first,
    p,
    errors: p.errors.map(formatRowError),
    records: p.completions.map((c) => [c.memberId, c.trainingId ?? c.custom?.title, c.completedOn]),
  };
}

const csv = (name: string, lines: string[]) => plan(readTable(name, new TextEncoder().encode(lines.join('\r\n')), null));

const rowsOf = (lines: string[]) => parseCsvTable(lines.join('\n'));

describe('Moodle 4.x custom reports (report builder) in Spanish, German and Portuguese', () => {
  it('reads the user, course, completion time and Completed columns by their language pack names', () => {
    const es = ['Nombre completo', 'Dirección de correo', 'Nombre completo del curso con enlace', 'Último acceso', 'Hora de finalización', 'Finalizado'];
    expect(named(es)).toEqual({
      memberName: 'Nombre completo',
      memberEmail: 'Dirección de correo',
      trainingTitle: 'Nombre completo del curso con enlace',
      completedOn: 'Hora de finalización',
      status: 'Finalizado',
    });
    const de = ['Vollständiger Name', 'Anmeldename', 'ID-Nummer', 'Vollständiger Kursname mit Link', 'Zeit eingeschrieben', 'Zeit begonnen', 'Zeit abgeschlossen', 'Kursdauer (in Tagen)', 'Abgeschlossen'];
    expect(named(de)).toEqual({
      memberName: 'Vollständiger Name',
      memberExternalId: 'ID-Nummer',
      trainingTitle: 'Vollständiger Kursname mit Link',
      completedOn: 'Zeit abgeschlossen',
      status: 'Abgeschlossen',
    });
    // Without the ID number, the username is the member's ID, as in English.
    expect(named(['Vollständiger Name mit Link', 'Anmeldename', 'Kurzer Kursname mit Link', 'Zeit abgeschlossen'])).toEqual({
      memberName: 'Vollständiger Name mit Link',
      memberExternalId: 'Anmeldename',
      trainingTitle: 'Kurzer Kursname mit Link',
      completedOn: 'Zeit abgeschlossen',
    });
    const pt = ['Nome completo', 'E-mail', 'Nome completo da disciplina com hiperligação', 'Data e hora de início', 'Data e hora da conclusão', 'Concluída'];
    expect(named(pt)).toEqual({
      memberName: 'Nome completo',
      memberEmail: 'E-mail',
      trainingTitle: 'Nome completo da disciplina com hiperligação',
      completedOn: 'Data e hora da conclusão',
      status: 'Concluída',
    });
    // Brazilian Portuguese (Workplace's report builder strings): the course "… com link", "Tempo concluído".
    expect(named(['Nome completo com link para o perfil', 'Nome completo do curso com link', 'Tempo concluído'])).toEqual({
      memberName: 'Nome completo com link para o perfil',
      trainingTitle: 'Nome completo do curso com link',
      completedOn: 'Tempo concluído',
    });
    expect(named(['Nombre completo con enlace', 'Nombre corto del curso con enlace', 'Hora de finalización'])).toEqual({
      memberName: 'Nombre completo con enlace',
      trainingTitle: 'Nombre corto del curso con enlace',
      completedOn: 'Hora de finalización',
    });
  });

  it('the Spanish report: one record per completion, Sí rows only, no training matrix of its date columns', () => {
    const { first, p, errors, records } = csv('Finalizaciones del equipo.csv', [
      '\uFEFF"Nombre completo","Dirección de correo","Nombre completo del curso con enlace","Último acceso","Hora de finalización",Finalizado',
      '"Dana Reyes",dana.reyes@example.gov,"Child Abduction Response Team (CART) Training","jueves, 12 de marzo de 2026, 08:40","sábado, 7 de marzo de 2026, 14:05",Sí',
      '"Sam Lee",sam.lee@example.gov,"Child Abduction Response Team (CART) Training","lunes, 2 de marzo de 2026, 10:15","martes, 10 de febrero de 2026, 09:30",Sí',
      '"Ana Núñez",ana.nunez@example.gov,"Child Abduction Response Team (CART) Training","viernes, 6 de marzo de 2026, 17:20",,No',
      '"Jordan Hale",jordan.hale@example.gov,"Introducción a la trata de menores","miércoles, 4 de marzo de 2026, 07:55","lunes, 12 de enero de 2026, 16:15",Sí',
    ]);
    expect(first.source.kind).toBe('guess');
    expect(first.options.trainingColumns).toEqual([]);
    expect(p.fileProblems).toEqual([]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', CART, '2026-03-07'],
      ['m-sam', CART, '2026-02-10'],
      ['m-jordan', 'Introducción a la trata de menores', '2026-01-12'],
    ]);
    expect(p.notCompleted).toBe(1);
  });

  it('the German report: Ja rows only, dated when completed, not when enrolled or started', () => {
    const { first, p, errors, records } = csv('Kursabschlüsse Task Force.csv', [
      '\uFEFF"Vollständiger Name",Anmeldename,ID-Nummer,"Vollständiger Kursname mit Link","Zeit eingeschrieben","Zeit begonnen","Zeit abgeschlossen","Kursdauer (in Tagen)",Abgeschlossen',
      '"Dana Reyes",dreyes,54120,"Child Abduction Response Team (CART) Training","Montag, 5. Januar 2026, 08:00","Dienstag, 6. Januar 2026, 09:12","Samstag, 7. März 2026, 14:05",65,Ja',
      '"Sam Lee",slee,,"Child Abduction Response Team (CART) Training","Montag, 5. Januar 2026, 08:00","Montag, 12. Januar 2026, 10:00","Dienstag, 10. Februar 2026, 09:30",40,Ja',
      '"Jordan Hale",jhale,,"Child Abduction Response Team (CART) Training","Montag, 5. Januar 2026, 08:00",,,80,Nein',
      '"Ana Núñez",anunez,,"Peer-to-Peer Investigations","Donnerstag, 1. Januar 2026, 00:00","Freitag, 2. Januar 2026, 13:45","Montag, 12. Januar 2026, 16:15",11,Ja',
    ]);
    expect(first.options.trainingColumns).toEqual([]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', CART, '2026-03-07'],
      ['m-sam', CART, '2026-02-10'],
      ['m-ana', P2P, '2026-01-12'],
    ]);
    expect(p.notCompleted).toBe(1);
  });

  it('Yes and completed in other languages mean completed; No, Nein and Não do not', () => {
    const yes = ['Sí', 'Si', 'Ja', 'Sim', 'Oui', 'Finalizado', 'Completado', 'Abgeschlossen', 'Concluída', 'Concluído', 'Concluido'];
    for (const word of yes) expect([word, guessCompletedValues([word])]).toEqual([word, [word]]);
    expect(guessCompletedValues(['No', 'Nein', 'Não', 'Non', 'Nej'])).toEqual([]);
  });
});

describe('certificate downloads in other languages, and Certificate manager in English', () => {
  it("the plugins' columns by their language pack names", () => {
    // Custom certificate (de), mod_certificate (de, pt_br), Simple certificate (pt_br), Custom certificate 3.11 (es).
    expect(named(['Vollständiger Name', 'E-Mail-Adresse', 'ID-Nummer', 'Abteilung', 'Verliehen am', 'Code'])).toEqual({
      memberName: 'Vollständiger Name',
      memberEmail: 'E-Mail-Adresse',
      memberExternalId: 'ID-Nummer',
      memberAgency: 'Abteilung',
      completedOn: 'Verliehen am',
      certificateNumber: 'Code',
    });
    expect(named(['Nachname', 'Vorname', 'E-Mail-Adresse', 'Gruppe', 'Ausstellungsdatum', 'Bewertung', 'Seriennummer'])).toEqual({
      memberLastName: 'Nachname',
      memberFirstName: 'Vorname',
      memberEmail: 'E-Mail-Adresse',
      completedOn: 'Ausstellungsdatum',
      certificateNumber: 'Seriennummer',
    });
    // A bare "Nome" beside "Sobrenome" is the first name.
    expect(named(['Sobrenome', 'Nome', 'Endereço de e-mail', 'Grupo', 'Data de Recebimento', 'Nota', 'Código'])).toEqual({
      memberLastName: 'Sobrenome',
      memberFirstName: 'Nome',
      memberEmail: 'Endereço de e-mail',
      completedOn: 'Data de Recebimento',
      certificateNumber: 'Código',
    });
    expect(named(['Nome completo', 'Número de identificação', 'Grupo', 'Data de Emissão', 'Nota', 'Código'])).toEqual({
      memberName: 'Nome completo',
      memberExternalId: 'Número de identificação',
      completedOn: 'Data de Emissão',
      certificateNumber: 'Código',
    });
    expect(named(['Nombre completo', 'Dirección de correo', 'Fecha de emisión', 'Código'])).toEqual({
      memberName: 'Nombre completo',
      memberEmail: 'Dirección de correo',
      completedOn: 'Fecha de emisión',
      certificateNumber: 'Código',
    });
    expect(named(['Nome completo', 'Endereço de e-mail', 'Status', 'Data de expiração', 'Data de emissão', 'Código'])).toEqual({
      memberName: 'Nome completo',
      memberEmail: 'Endereço de e-mail',
      status: 'Status',
      expiresOn: 'Data de expiração',
      completedOn: 'Data de emissão',
      certificateNumber: 'Código',
    });
    // Custom certificate's "Date received" in French, Italian and Portuguese (Portugal).
    for (const h of ['Attribué le', 'Assegnato il', 'Concedido em']) expect([h, named(['Nom complet', 'Code', h]).completedOn]).toEqual([h, h]);
  });

  it("tool_certificate's issued-certificates report: the template is the training, the code with link the certificate number", () => {
    const { first, records } = csv('Task force certificates.csv', [
      '\uFEFFCertificate template,Date issued,Expiry date,Code with link,Full name with link',
      'Child Abduction Response Team (CART) Training,"7 March 2026, 2:05 PM","7 March 2028, 2:05 PM",4821953760DR,Dana Reyes',
      'Peer-to-Peer Investigations,"20 January 2026, 4:15 PM",Never,1093847561SL,Sam Lee',
    ]);
    expect(named(['Certificate template', 'Date issued', 'Expiry date', 'Code with link', 'Full name with link'], first.mapping)).toEqual({
      trainingTitle: 'Certificate template',
      completedOn: 'Date issued',
      expiresOn: 'Expiry date',
      certificateNumber: 'Code with link',
      memberName: 'Full name with link',
    });
    expect(records).toEqual([
      ['m-dana', CART, '2026-03-07'],
      ['m-sam', P2P, '2026-01-20'],
    ]);
  });

  it("Valid and Expired in other languages are a certificate's standing: every row is a completion", () => {
    for (const [valid, expired] of [
      ['Válido', 'Expirado'],
      ['Válido', 'Caducado'],
      ['Vigente', 'Vencido'],
      ['Gültig', 'Abgelaufen'],
      ['Valide', 'Expiré'],
      ['Valido', 'Scaduto'],
      ['Geldig', 'Verlopen'],
      ['Válida', 'Expirada'],
      ['Valida', 'Scaduta'],
      ['Vigente', 'Vencida'],
      ['Gultig', 'Caducada'],
      ['Valide', 'Expirée'],
      ['Valide', 'Expire'],
    ]) {
      const rows = rowsOf(['Name,Status', `Dana Reyes,${valid}`, `Sam Lee,${expired}`]).rows;
      expect([valid, expired, statusIsCertificateState(rows, guessMapping(['Name', 'Status']))]).toEqual([valid, expired, { undatedNotDone: false }]);
    }
    // Named for its course: the report's own name ("Certificados emitidos") offers no training.
    const { first, p, records } = csv('Child Abduction Response Team (CART) Training-Certificados emitidos.csv', [
      'Nome completo,Endereço de e-mail,Status,Data de expiração,Data de emissão,Código',
      'Dana Reyes,dana.reyes@example.gov,Válido,2028-03-07,2026-03-07,4821953760DR',
      'Jordan Hale,jordan.hale@example.gov,Expirado,2026-02-01,2024-02-01,7730194826JH',
    ]);
    expect(first.mapping.status).toBeNull();
    expect(p.notCompleted).toBe(0);
    expect(records.map((r) => r[0])).toEqual(['m-dana', 'm-jordan']);
  });

  it('a group, department or grade column in other languages is no course column: the file name gives the training', () => {
    const german = csv('CART_Child Abduction Response Team (CART) Training.csv', [
      'Nachname,Vorname,E-Mail-Adresse,Gruppe,Ausstellungsdatum,Bewertung,Seriennummer',
      'Reyes,Dana,dana.reyes@example.gov,Ermittlungen,"Samstag, 7. März 2026, 14:05","Kursbewertung: 92,00 %",a8Kd02LmQz',
      'Lee,Sam,sam.lee@example.gov,Streifendienst,"Donnerstag, 12. Februar 2026, 09:41","Kursbewertung: 87,50 %",Pw7Xn3Tb5R',
    ]);
    expect(german.first.options.training).toEqual({ kind: 'catalogue', trainingId: CART });
    expect(german.records).toEqual([
      ['m-dana', CART, '2026-03-07'],
      ['m-sam', CART, '2026-02-12'],
    ]);
    const portuguese = csv('P2P_Peer-to-Peer Investigations.csv', [
      'Sobrenome,Nome,Endereço de e-mail,Grupo,Data de Recebimento,Nota,Código',
      'Reyes,Dana,dana.reyes@example.gov,Investigação,2026-03-07,"Notas do curso: 92,00 %",a8Kd02LmQz',
      'Lee,Sam,sam.lee@example.gov,Patrulha,2026-02-12,"Notas do curso: 87,50 %",Pw7Xn3Tb5R',
    ]);
    expect(portuguese.first.options.training).toEqual({ kind: 'catalogue', trainingId: P2P });
    // Each header alone, beside a name and a date: words in it, yet no course.
    for (const h of ['Gruppe', 'Grupo', 'Groupe', 'Abteilung', 'Departamento', 'Bewertung', 'Nota', 'Note', 'Calificación', 'Avaliação']) {
      const table = rowsOf([`Name,Date,${h}`, 'Dana Reyes,2026-03-07,Ermittlungen Nord', 'Sam Lee,2026-03-07,Streifendienst Süd']);
      expect([h, hasUnreadCourseColumn(table.rows, guessMapping(['Name', 'Date']), table.headers)]).toEqual([h, false]);
    }
    const unknown = rowsOf(['Name,Date,Kursthema', 'Dana Reyes,2026-03-07,Ermittlungen Nord', 'Sam Lee,2026-03-07,Streifendienst Süd']);
    expect(hasUnreadCourseColumn(unknown.rows, guessMapping(['Name', 'Date']), unknown.headers)).toBe(true);
  });
});

describe("hand-made sheets typed in other languages", () => {
  it('the name, course, date, hours and expiry columns', () => {
    const sheets: [string[], Record<string, string>][] = [
      [['Cognome e nome', 'Corso', 'Data', 'Ore', 'Scadenza', 'Note'], { memberName: 'Cognome e nome', trainingTitle: 'Corso', completedOn: 'Data', hours: 'Ore', expiresOn: 'Scadenza', notes: 'Note' }],
      [['Cognome Nome', 'Corso', 'Data'], { memberName: 'Cognome Nome', trainingTitle: 'Corso', completedOn: 'Data' }],
      [
        ['Informazioni cronologiche', 'Indirizzo email', 'Nome e cognome', 'Corso frequentato', 'Data del corso', 'Ore di formazione'],
        { memberEmail: 'Indirizzo email', memberName: 'Nome e cognome', trainingTitle: 'Corso frequentato', completedOn: 'Data del corso', hours: 'Ore di formazione' },
      ],
      [['Imię i nazwisko', 'Szkolenie', 'Data ukończenia', 'Liczba godzin', 'Ważne do'], { memberName: 'Imię i nazwisko', trainingTitle: 'Szkolenie', completedOn: 'Data ukończenia', hours: 'Liczba godzin', expiresOn: 'Ważne do' }],
      [['Jméno', 'Školení', 'Datum', 'Hodiny', 'Platnost do'], { memberName: 'Jméno', trainingTitle: 'Školení', completedOn: 'Datum', hours: 'Hodiny', expiresOn: 'Platnost do' }],
      [['Namn', 'Utbildning', 'Datum', 'Timmar', 'Giltig till'], { memberName: 'Namn', trainingTitle: 'Utbildning', completedOn: 'Datum', hours: 'Timmar', expiresOn: 'Giltig till' }],
      [['Navn', 'Kursus', 'Dato', 'Timer', 'Udløber'], { memberName: 'Navn', trainingTitle: 'Kursus', completedOn: 'Dato', hours: 'Timer', expiresOn: 'Udløber' }],
      [['氏名', '研修名', '受講日', '時間', '有効期限'], { memberName: '氏名', trainingTitle: '研修名', completedOn: '受講日', hours: '時間', expiresOn: '有効期限' }],
      [
        ['Nome', 'E-mail', 'Treinamento', 'Data de conclusão', 'Carga horária', 'Validade'],
        { memberName: 'Nome', memberEmail: 'E-mail', trainingTitle: 'Treinamento', completedOn: 'Data de conclusão', hours: 'Carga horária', expiresOn: 'Validade' },
      ],
      [['Formando', 'Ação de formação', 'Data', 'Duração (h)', 'Entidade formadora'], { memberName: 'Formando', trainingTitle: 'Ação de formação', completedOn: 'Data', hours: 'Duração (h)', provider: 'Entidade formadora' }],
      [
        ['Nombre', 'Column 2', 'Capacitación', 'Fecha', 'Horas', 'Estatus', 'Observaciones'],
        { memberName: 'Nombre', trainingTitle: 'Capacitación', completedOn: 'Fecha', hours: 'Horas', status: 'Estatus', notes: 'Observaciones' },
      ],
    ];
    for (const [headers, expected] of sheets) expect([headers[0], named(headers)]).toEqual([headers[0], expected]);
  });

  it('the result and end-day columns, and the words for passed, of Polish, Swedish, Czech, Swiss, Italian, Turkish and Japanese logs (round 10)', () => {
    const sheets: [string[], Record<string, string>][] = [
      [
        ['Lp.', 'Nazwisko', 'Imię', 'Nr służbowy', 'Nazwa szkolenia', 'Data rozpoczęcia', 'Data zakończenia', 'Liczba godzin', 'Wynik'],
        { memberLastName: 'Nazwisko', memberFirstName: 'Imię', trainingTitle: 'Nazwa szkolenia', completedOn: 'Data zakończenia', hours: 'Liczba godzin', status: 'Wynik' },
      ],
      [
        ['Anst.nr', 'Efternamn', 'Förnamn', 'Enhet', 'Utbildning', 'Datum', 'Giltig t.o.m.', 'Timmar', 'Kostnad', 'Resultat'],
        { memberLastName: 'Efternamn', memberFirstName: 'Förnamn', trainingTitle: 'Utbildning', completedOn: 'Datum', expiresOn: 'Giltig t.o.m.', hours: 'Timmar', status: 'Resultat' },
      ],
      [
        ['Příjmení', 'Jméno', 'Osobní číslo', 'Školení', 'Datum absolvování', 'Platnost do', 'Počet hodin', 'Absolvoval'],
        { memberLastName: 'Příjmení', memberFirstName: 'Jméno', trainingTitle: 'Školení', completedOn: 'Datum absolvování', expiresOn: 'Platnost do', hours: 'Počet hodin', status: 'Absolvoval' },
      ],
      [['Name', 'Vorname', 'Kurs', 'Datum von', 'Datum bis', 'bestanden'], { memberLastName: 'Name', memberFirstName: 'Vorname', trainingTitle: 'Kurs', completedOn: 'Datum bis', status: 'bestanden' }],
      [['Cognome', 'Nome', 'Corso', 'Data fine', 'Esito'], { memberLastName: 'Cognome', memberFirstName: 'Nome', trainingTitle: 'Corso', completedOn: 'Data fine', status: 'Esito' }],
      [
        ['Sicil No', 'Adı Soyadı', 'Eğitimin Adı', 'Bitiş Tarihi', 'Süre (Saat)', 'Durum'],
        { memberName: 'Adı Soyadı', trainingTitle: 'Eğitimin Adı', completedOn: 'Bitiş Tarihi', hours: 'Süre (Saat)', status: 'Durum' },
      ],
      [['氏名', '研修名', '受講日', '修了区分', '時間数'], { memberName: '氏名', trainingTitle: '研修名', completedOn: '受講日', status: '修了区分', hours: '時間数' }],
      // English: an Indian statement's, a state's certification report's, Totara's default user column.
      [['Name of the Officer', 'Name of the Course', 'Date'], { memberName: 'Name of the Officer', trainingTitle: 'Name of the Course', completedOn: 'Date' }],
      [['Last Name', 'First Name', 'Certification', 'Certified Date'], { memberLastName: 'Last Name', memberFirstName: 'First Name', trainingTitle: 'Certification', completedOn: 'Certified Date' }],
      [["User's Fullname (linked to profile)", 'Course Name', 'Completion date'], { memberName: "User's Fullname (linked to profile)", trainingTitle: 'Course Name', completedOn: 'Completion date' }],
      // A Google Forms self-report's responses sheet.
      [
        ['Timestamp', 'Email Address', 'Your name', 'Training title', 'Date completed', 'Number of hours'],
        { memberEmail: 'Email Address', memberName: 'Your name', trainingTitle: 'Training title', completedOn: 'Date completed', hours: 'Number of hours' },
      ],
    ];
    for (const [headers, expected] of sheets) expect([headers[1], named(headers)]).toEqual([headers[1], expected]);
    expect(guessCompletedValues(['zaliczone', 'niezaliczone', 'nieobecny'])).toEqual(['zaliczone']);
    expect(guessCompletedValues(['Godkänd', 'Ej godkänd', 'Avbruten'])).toEqual(['Godkänd']);
    expect(guessCompletedValues(['ano', 'ne'])).toEqual(['ano']);
    expect(guessCompletedValues(['Idoneo', 'Non idoneo', 'Assente'])).toEqual(['Idoneo']);
    expect(guessCompletedValues(['Başarılı', 'Başarısız', 'Katılmadı'])).toEqual(['Başarılı']);
    expect(guessCompletedValues(['修了', '未修了', '欠席'])).toEqual(['修了']);
    // A certification that has run out was completed; one in progress was not.
    expect(guessCompletedValues(['Certified', 'Expired', 'In Progress'])).toEqual(['Certified', 'Expired']);
  });

  it('Danish, Finnish and Austrian logs (round 12): their columns and their words for passed', () => {
    const sheets: [string[], Record<string, string>][] = [
      [['Navn', 'Kursus', 'Startdato', 'Slutdato', 'Timer', 'Gyldig til', 'Status'], { memberName: 'Navn', trainingTitle: 'Kursus', completedOn: 'Slutdato', hours: 'Timer', expiresOn: 'Gyldig til', status: 'Status' }],
      [['Nimi', 'Koulutus', 'Päättymispäivä', 'Tunnit', 'Voimassa'], { memberName: 'Nimi', trainingTitle: 'Koulutus', completedOn: 'Päättymispäivä', hours: 'Tunnit', expiresOn: 'Voimassa' }],
      [['Etunimi', 'Sukunimi', 'Kurssi', 'Suorituspäivä', 'Tila'], { memberFirstName: 'Etunimi', memberLastName: 'Sukunimi', trainingTitle: 'Kurssi', completedOn: 'Suorituspäivä', status: 'Tila' }],
      [['Vorname', 'Zuname', 'Kurs', 'Datum', 'Teilnahme'], { memberFirstName: 'Vorname', memberLastName: 'Zuname', trainingTitle: 'Kurs', completedOn: 'Datum', status: 'Teilnahme' }],
    ];
    for (const [headers, expected] of sheets) expect([headers[1], named(headers)]).toEqual([headers[1], expected]);
    expect(guessCompletedValues(['Gennemført', 'Ikke gennemført', 'Udeblevet'])).toEqual(['Gennemført']);
    expect(guessCompletedValues(['Suoritettu', 'Hyväksytty', 'Kesken'])).toEqual(['Suoritettu', 'Hyväksytty']);
    expect(guessCompletedValues(['erfolgreich', 'nicht erfolgreich', 'abwesend'])).toEqual(['erfolgreich']);
  });

  it("a checkbox column as Excel saves it in other languages (round 13): its header is the status, its TRUE completed, its FALSE not", () => {
    const sheets: [string[], Record<string, string>][] = [
      [['Nom', 'Prénom', 'Formation', 'Date de fin', 'Validée'], { memberLastName: 'Nom', memberFirstName: 'Prénom', trainingTitle: 'Formation', completedOn: 'Date de fin', status: 'Validée' }],
      [['Nombre', 'Apellidos', 'Curso', 'Fecha', 'Aprobado'], { memberFirstName: 'Nombre', memberLastName: 'Apellidos', trainingTitle: 'Curso', completedOn: 'Fecha', status: 'Aprobado' }],
      [['Nome', 'Curso', 'Data', 'Concluído'], { memberName: 'Nome', trainingTitle: 'Curso', completedOn: 'Data', status: 'Concluído' }],
      [['Cognome', 'Nome', 'Corso', 'Data', 'Superato'], { memberLastName: 'Cognome', memberFirstName: 'Nome', trainingTitle: 'Corso', completedOn: 'Data', status: 'Superato' }],
      [['Voornaam', 'Achternaam', 'Cursus', 'Datum', 'Geslaagd'], { memberFirstName: 'Voornaam', memberLastName: 'Achternaam', trainingTitle: 'Cursus', completedOn: 'Datum', status: 'Geslaagd' }],
      [['Nazwisko', 'Imię', 'Szkolenie', 'Data ukończenia', 'Zaliczone'], { memberLastName: 'Nazwisko', memberFirstName: 'Imię', trainingTitle: 'Szkolenie', completedOn: 'Data ukończenia', status: 'Zaliczone' }],
      [['Adı Soyadı', 'Eğitimin Adı', 'Bitiş Tarihi', 'Tamamlandı'], { memberName: 'Adı Soyadı', trainingTitle: 'Eğitimin Adı', completedOn: 'Bitiş Tarihi', status: 'Tamamlandı' }],
    ];
    for (const [headers, expected] of sheets) expect([headers[2], named(headers)]).toEqual([headers[2], expected]);
    const words: [string, string][] = [['WAHR', 'FALSCH'], ['VRAI', 'FAUX'], ['VERDADERO', 'FALSO'], ['VERDADEIRO', 'FALSO'], ['VERO', 'FALSO'], ['WAAR', 'ONWAAR'], ['PRAWDA', 'FAŁSZ'], ['DOĞRU', 'YANLIŞ'], ['SAND', 'FALSK'], ['SANT', 'FALSKT'], ['TOSI', 'EPÄTOSI'], ['IGAZ', 'HAMIS'], ['PRAVDA', 'NEPRAVDA'], ['ИСТИНА', 'ЛОЖЬ']];
    for (const [yes, no] of words) expect(guessCompletedValues([yes, no])).toEqual([yes]);
    // German Excel's CSV: only the WAHR rows.
    const german = csv('Fortbildungen.csv', ['Vorname;Nachname;Lehrgang;Abschlussdatum;Bestanden', 'Dana;Reyes;Peer-to-Peer Investigations;14.10.2025;WAHR', 'Sam;Lee;Peer-to-Peer Investigations;14.10.2025;FALSCH']);
    expect([german.errors, german.records]).toEqual([[], [['m-dana', P2P, '2025-10-14']]]);
  });

  it('Russian, Greek, Hebrew, Arabic, Korean and Chinese logs (round 12): their columns and their words for passed', () => {
    const sheets: [string[], Record<string, string>][] = [
      [['№ п/п', 'ФИО', 'Наименование курса', 'Дата начала', 'Дата окончания', 'Кол-во часов', 'Результат'], { memberName: 'ФИО', trainingTitle: 'Наименование курса', completedOn: 'Дата окончания', hours: 'Кол-во часов', status: 'Результат' }],
      [['Επώνυμο', 'Όνομα', 'Σεμινάριο', 'Ημερομηνία ολοκλήρωσης', 'Ώρες', 'Αποτέλεσμα'], { memberLastName: 'Επώνυμο', memberFirstName: 'Όνομα', trainingTitle: 'Σεμινάριο', completedOn: 'Ημερομηνία ολοκλήρωσης', hours: 'Ώρες', status: 'Αποτέλεσμα' }],
      [['שם משפחה', 'שם פרטי', 'שם הקורס', 'תאריך סיום', 'שעות', 'סטטוס'], { memberLastName: 'שם משפחה', memberFirstName: 'שם פרטי', trainingTitle: 'שם הקורס', completedOn: 'תאריך סיום', hours: 'שעות', status: 'סטטוס' }],
      [['الاسم', 'اسم الدورة', 'تاريخ النهاية', 'عدد الساعات', 'النتيجة'], { memberName: 'الاسم', trainingTitle: 'اسم الدورة', completedOn: 'تاريخ النهاية', hours: 'عدد الساعات', status: 'النتيجة' }],
      [['성명', '교육과정명', '이수일', '이수시간', '이수여부'], { memberName: '성명', trainingTitle: '교육과정명', completedOn: '이수일', hours: '이수시간', status: '이수여부' }],
      [['姓名', '培训项目', '培训日期', '学时', '考核结果'], { memberName: '姓名', trainingTitle: '培训项目', completedOn: '培训日期', hours: '学时', status: '考核结果' }],
    ];
    for (const [headers, expected] of sheets) expect([headers[1], named(headers)]).toEqual([headers[1], expected]);
    const values: [string[], string[]][] = [
      [['зачтено', 'не зачтено', 'не явился'], ['зачтено']],
      [['Επιτυχία', 'Αποτυχία', 'Απών'], ['Επιτυχία']],
      [['הושלם', 'לא הושלם'], ['הושלם']],
      [['ناجح', 'راسب', 'غائب'], ['ناجح']],
      [['이수', '미이수'], ['이수']],
      [['合格', '不合格', '缺考'], ['合格']],
    ];
    for (const [written, completed] of values) expect(guessCompletedValues(written)).toEqual(completed);
  });

  it('each spelling added, as a file heads it, beside other columns', () => {
    // Where each column stands among a name, a course and a date, so that no other field claims it.
    const beside: Record<string, (h: string) => string[]> = {
      memberName: (h) => [h, 'Course', 'Date'],
      memberFirstName: (h) => [h, 'Course', 'Date'],
      memberLastName: (h) => [h, 'Course', 'Date'],
      trainingTitle: (h) => ['Name', h, 'Date'],
      completedOn: (h) => ['Name', 'Course', h],
    };
    const spellings: Record<string, string[]> = {
      memberName: [
        'Nombre completo con imagen',
        'Nombre completo con imagen y enlace',
        'Nombre completo del usuario',
        'Vollständiger Name mit Bild',
        'Vollständiger Name mit Bild und Link',
        'Nome completo com hiperligação',
        'Nome completo com foto',
        'Nome completo com foto e hiperligação',
        'Nome completo do utilizador',
        'Nome cognome',
        'Nominativo',
        'Nome e sobrenome',
        'Nazwisko i imię',
        'Jméno a příjmení',
        'Fullständigt namn',
        '名前',
      ],
      memberFirstName: ['Imię', 'Křestní jméno', 'Förnamn', 'Fornavn'],
      memberLastName: ['Apelido', 'Cognome', 'Nazwisko', 'Příjmení', 'Efternamn', 'Efternavn'],
      memberEmail: ['Endereco de e-mail', 'Endereço de email', 'Indirizzo e-mail', 'E-postadress', 'Adres e-mail', 'メールアドレス'],
      memberExternalId: ['Número de ID', 'Numero de ID', 'Numero de identificacao', 'Número de identificação (ID)', 'Codice identificativo', 'Nombre de usuario', 'Nome de utilizador', 'Nome de usuário', 'Användarnamn'],
      trainingTitle: [
        'Nombre completo del curso',
        'Nombre corto del curso',
        'Vollständiger Kursname',
        'Kurzer Kursname',
        'Nome completo da disciplina',
        'Nome completo do curso',
        'Titolo del corso con collegamento',
        'Titolo del corso',
        'Disciplina',
        'Nome do curso',
        'Acao de formacao',
        'Nazwa szkolenia',
        'Kurz',
        'Kursnamn',
        '研修',
        '講座名',
      ],
      completedOn: [
        'Hora de finalizacion',
        'Data e hora da conclusao',
        'Data e ora di completamento',
        'Tid för slutförande',
        'Fecha de emision',
        'Austellungsdatum',
        'Vergabedatum',
        'Data de emissao',
        'Attribue le',
        'Date de délivrance',
        'Date de delivrance',
        'Data di conseguimento',
        'Data di rilascio',
        'Data di ricezione',
        'Data de conclusao',
        'Data szkolenia',
        '修了日',
      ],
      certificateNumber: ['Code de contrôle', 'Code de controle', 'Codice'],
      hours: ['Carga horaria', 'Duração', 'Duracao', 'Godziny', 'Počet hodin'],
      expiresOn: ['Data de expiracao', 'Data di scadenza', 'Wazne do', 'Udløbsdato'],
      memberAgency: ['Departamento'],
      status: ['Concluida', 'Estado'],
      notes: ['Observações', 'Observacoes', 'Bemerkungen'],
    };
    for (const [wanted, headers] of Object.entries(spellings)) {
      for (const h of headers) expect([h, field((beside[wanted] ?? ((x: string) => ['Name', 'Course', 'Date', x]))(h), h)]).toEqual([h, wanted]);
    }
    // A bare name beside a surname is the first name, in Swedish, Danish and Czech too.
    expect(named(['Namn', 'Efternamn', 'Kurs', 'Datum'])).toMatchObject({ memberFirstName: 'Namn', memberLastName: 'Efternamn' });
    expect(named(['Navn', 'Efternavn', 'Kursus', 'Dato'])).toMatchObject({ memberFirstName: 'Navn', memberLastName: 'Efternavn' });
    expect(named(['Jméno', 'Příjmení', 'Školení', 'Datum'])).toMatchObject({ memberFirstName: 'Jméno', memberLastName: 'Příjmení' });
  });

  it('a header in a script squeezed to nothing claims no other such header', () => {
    // "時間" squeezes (a–z and digits only) to "", as does "備考" (remarks): no match for it.
    expect(named(['Name', 'Course', 'Date', '備考'])).toEqual({ memberName: 'Name', trainingTitle: 'Course', completedOn: 'Date' });
    expect(named(['氏名', 'コース', '日付'])).toEqual({ memberName: '氏名' });
  });

  it('a Mexican tracker: only Concluido is completed', () => {
    expect(guessCompletedValues(['Concluido', 'Cancelado', 'Pendiente', 'Programado', 'No aplica'])).toEqual(['Concluido']);
    const { p, records } = csv('control.csv', [
      'Nombre,Capacitación,Fecha,Horas,Estatus',
      'Reyes Dana,Courtroom Testimony,14/03/2026,16,Concluido',
      'Lee Sam,Courtroom Testimony,09/12/2026,4,Programado',
      'Hale Jordan,Courtroom Testimony,12/02/2026,4,Cancelado',
    ]);
    expect(records.map((r) => r[0])).toEqual(['m-dana']);
    expect(p.notCompleted).toBe(2);
  });
});

describe('English headers of academy rosters, POST exports, SSRS and Totara reports', () => {
  it('"Class End" is the completion date and "Student Status" the status', () => {
    expect(named(['Student', 'Student ID', 'Agency', 'Class Start', 'Class End', 'Student Status', 'Hours'])).toEqual({
      memberName: 'Student',
      memberExternalId: 'Student ID',
      memberAgency: 'Agency',
      completedOn: 'Class End',
      status: 'Student Status',
      hours: 'Hours',
    });
    expect(named(['Name', 'Course', 'Course Start', 'Course End']).completedOn).toBe('Course End');
  });

  it('an academy class roster: Graduated and Successfully Completed are completions; Withdrawn, Dismissed, Enrolled are not', async () => {
    const day = (iso: string): CellObject => ({ t: 'n', v: (Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) - Date.UTC(1899, 11, 30)) / 86400000, z: 'm/d/yyyy' });
    const rows: (string | number | CellObject | null)[][] = [
      ['Class Roster: CART-2026-01 Child Abduction Response Team (CART) Training'],
      [null],
      ['Student', 'Student ID', 'Agency', 'Class Start', 'Class End', 'Student Status', 'Hours'],
      ['Reyes, Dana M', '54120', 'Example County Sheriff', day('2026-03-16'), day('2026-03-18'), 'Graduated', 16],
      ['Hale, Jordan', '', 'Example City PD', day('2026-03-16'), day('2026-03-18'), 'Successfully Completed', 16],
      ['Lee, Sam T', '', 'Example City PD', day('2026-03-16'), day('2026-03-18'), 'Withdrawn', 4],
      ['Núñez, Ana', '', 'Example County DA', day('2026-03-16'), day('2026-03-18'), 'Dismissed', 0],
      ['Patel, Chris', '', 'Example County DA', day('2026-03-16'), day('2026-03-18'), 'Enrolled', null],
    ];
    const sheet: WorkSheet = {};
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) sheet[utils.encode_cell({ r, c })] = typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v };
      }),
    );
    sheet['!ref'] = utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length - 1, c: 6 } });
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet, 'Class Roster');
    const bytes = new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    // The course named in the file name (the title line's class code before it is not read as the course).
    const { first, p, errors, records } = plan(await readImportFile('Child Abduction Response Team (CART) Training - Class Roster.xlsx', bytes, null, readWorkbookHere));
    expect(first.options.trainingColumns).toEqual([]);
    expect(errors).toEqual([]);
    expect(records).toEqual([
      ['m-dana', CART, '2026-03-18'],
      ['m-jordan', CART, '2026-03-18'],
    ]);
    expect(p.notCompleted).toBe(3);
  });

  it('a result of S / U: S is completed, U is not, as the mapped status or as an unread grade column', () => {
    expect(guessCompletedValues(['S', 'U'])).toEqual(['S']);
    expect(named(['STUDENT NAME', 'POST ID', 'COURSE NO', 'COURSE TITLE', 'START DATE', 'END DATE', 'HOURS', 'RESULT']).status).toBe('RESULT');
    const { first, p, records } = csv('roster.csv', ['Name,Course,Date,Grade', 'Dana Reyes,Courtroom Testimony,03/18/2026,S', 'Sam Lee,Courtroom Testimony,03/18/2026,U', 'Jordan Hale,Courtroom Testimony,03/18/2026,S']);
    expect(first.mapping.status).toBe(3);
    expect(records.map((r) => r[0])).toEqual(['m-dana', 'm-jordan']);
    expect(p.notCompleted).toBe(1);
  });

  it("a course's credit hours, not the group's total repeated on each row (SSRS)", () => {
    expect(named(['LastName', 'FirstName', 'PID', 'CourseNumber', 'CourseTitle', 'CompletionDate', 'CreditHours', 'TotalHours']).hours).toBe('CreditHours');
    expect(named(['Name', 'Course', 'Date', 'Total Hours', 'Credit Hours']).hours).toBe('Credit Hours');
    expect(named(['Name', 'Course', 'Date', 'Total Hrs', 'Credit Hrs']).hours).toBe('Credit Hrs');
    expect(named(['Name', 'Course', 'Date', 'Total Hours']).hours).toBe('Total Hours');
  });

  it("Totara's Certification and Program Overview: the certification or program is the training, not its courses' short names", () => {
    const certification = ['Certification Short Name', "User's Organisation Name(s)", "User's Position Name(s)", "User's Fullname", 'Due Date', 'Course Short Name', 'Course Status', 'Final Grade', 'Certification path', 'Status', 'Completion date', 'Expiration date'];
    expect(named(certification)).toMatchObject({ trainingTitle: 'Certification Short Name', status: 'Status', completedOn: 'Completion date', expiresOn: 'Expiration date' });
    const program = ['Program Short Name', "User's Organisation Name(s)", "User's Position Name(s)", "User's Fullname", 'Due Date', 'Program Status', 'Date Completed', 'Progress', 'Course Short Name', 'Course Status', 'Date Completed', 'Final Grade'];
    const mapping = guessMapping(program);
    expect([mapping.trainingTitle, mapping.status, mapping.completedOn]).toEqual([0, 5, 6]);
    // A course's own report keeps its course and the course's status.
    expect(named(['Course Name', 'Course Status', 'Program Status', 'Date completed'])).toMatchObject({ trainingTitle: 'Course Name', status: 'Course Status' });
  });

  it("an academy roster's column of scores in percent is no course column: the course is the title line's", () => {
    const { first } = csv('roster.csv', [
      'Example Regional Police Academy,,,,',
      'Class Roster - Course #: 2064  Peer-to-Peer Investigations,,,,',
      ',,,,',
      'Last Name,First Name,POST ID,Final Score,Result',
      'Webb,Marcus,G123456,94%,Pass',
      'Reyes,Dana,G098765,88 %,Pass',
      'Lee,Sam,G111222,61%,Fail',
    ]);
    expect(first.options.training).toEqual({ kind: 'catalogue', trainingId: P2P });
  });

  it('an SSRS report whose name column is headed by its text box ("Textbox14"): the names, not the badge numbers, say who', () => {
    const { errors, records, first } = csv('TrainingRecordsByOfficer.csv', [
      'Textbox1,Textbox2',
      'Training Records by Officer,Date Range: 1/1/2026 - 3/31/2026',
      '',
      'Textbox14,BadgeNumber,CourseTitle,EndDate,CreditHours,CompletionStatus',
      '"Reyes, Dana",3318,Peer-to-Peer Investigations,1/15/2026 12:00:00 AM,32.00,Completed',
      '"Hale, Jordan",4471,Courtroom Testimony,2/12/2026 12:00:00 AM,4.00,Completed',
    ]);
    expect(first.file.table.headers[first.mapping.memberName!]).toBe('Textbox14');
    expect([errors, records]).toEqual([[], [['m-dana', P2P, '2026-01-15'], ['m-jordan', 'Courtroom Testimony', '2026-02-12']]]);
    // A text box of something else (a department) is no name column.
    expect(csv('r.csv', ['Textbox3,Textbox5,CourseTitle,EndDate', 'Unit 3,Dana Reyes,Courtroom Testimony,2/12/2026', 'Unit 12,Sam Lee,Courtroom Testimony,2/12/2026']).first.mapping.memberName).toBe(1);
  });

  it("Totara's Record of Learning for certifications: Certified and a renewal In progress are held; Expired without a date and Not certified are no records", () => {
    const file = readTable('record_of_learning_certifications_report.csv', new TextEncoder().encode([
      '"Certification name","Certification due date","Certification path",Status,"Renewal status","Window opens","Expiration date","Completion date","Previous completions"',
      '"CART Team Member Certification","Apr 9 2028",Recertification,Certified,"Not due for renewal","Jan 10 2028","Apr 9 2028","Apr 9 2026",1',
      '"Peer-to-Peer Investigations","Dec 31 2026",Recertification,"In progress","Due for renewal","Oct 1 2026","Dec 31 2026","Dec 31 2024",0',
      '"Forensic Interviewing of Children Training","Sep 30 2026",Certification,Expired,"Renewal expired",,,,1',
      '"Mandated Reporter Annual","Dec 31 2026",Certification,"Not certified",,,,,0',
    ].join('\r\n')), null);
    const first = firstMapping(file, [], trainings, team);
    expect([first.mapping.status, first.options.skipRowsWithoutDate]).toEqual([null, true]);
    const p = planImport(file.table, first.mapping, importContext(team, { trainings }), { ...first.options, memberForAll: 'm-jordan' });
    expect(p.errors.map(formatRowError)).toEqual([]);
    expect(p.completions.map((c) => [c.trainingId ?? c.custom?.title, c.completedOn, c.expiresOn])).toEqual([
      ['CART Team Member Certification', '2026-04-09', '2028-04-09'],
      [P2P, '2024-12-31', '2026-12-31'],
    ]);
    // "In progress" or "Expired" with no date is no one's record: such rows are skipped.
    const standing = (second: string) => statusIsCertificateState(rowsOf(['Name,Status,Completed', 'Dana Reyes,Certified,3/7/2026', second]).rows, guessMapping(['Name', 'Status', 'Completed']));
    expect([standing('Sam Lee,In progress,'), standing('Sam Lee,Expired,'), standing('Sam Lee,Expired,3/7/2020')]).toEqual([{ undatedNotDone: true }, { undatedNotDone: true }, { undatedNotDone: false }]);
    // An LMS's Completed beside In progress is a completion status, no standing.
    expect(statusIsCertificateState(rowsOf(['Name,Status,Completed', 'Dana Reyes,Completed,3/7/2026', 'Sam Lee,In progress,']).rows, guessMapping(['Name', 'Status', 'Completed']))).toBe(false);
  });

  it("Totara's report builder headings (round 13): the completion date, a seminar session's day, an aggregated column", () => {
    // The course completion report's language pack heads its date "The completion date".
    expect(named(["User's Fullname", 'Course Name', 'Completion Status', 'The completion date'])).toMatchObject({ memberName: "User's Fullname", status: 'Completion Status', completedOn: 'The completion date' });
    // Seminar sign-ups: the session's finish, else its start, dates the row (class-days.ts makes its days one class).
    expect(named(["User's Fullname", 'Course Name', 'Session Start Date/Time', 'Session Finish Date/Time', 'Status'])).toMatchObject({ completedOn: 'Session Finish Date/Time' });
    expect(named(["User's Fullname", 'Course Name', 'Session Start Date/Time', 'Status'])).toMatchObject({ completedOn: 'Session Start Date/Time' });
    // Grouped by person and course: the latest date completed is the completion; a count of them is no hours.
    expect(named(["User's Fullname", 'Course Name', 'Maximum value from Date completed', 'Count of Date completed'])).toEqual({ memberName: "User's Fullname", trainingTitle: 'Course Name', completedOn: 'Maximum value from Date completed' });
    // Moodle's activity completion download is named after the course's short name.
    expect(trainingHintFromFileName('progress.peer-to-peer_investigations.csv')).toBe('peer to peer investigations');
  });
});

describe('Moodle report builder and certificates in French and Mexican Spanish', () => {
  it('maps the French course completion columns, Oui and its long dates', () => {
    const { first, errors, records } = csv('Achèvements.csv', [
      'Nom complet du cours avec lien,Nom complet avec lien,Adresse de courriel,Terminé,Horodatage de l’achèvement',
      'Child Abduction Response Team (CART) Training,Dana Reyes,dana.reyes@example.gov,Oui,"jeudi 19 février 2026, 11:20"',
      'Child Abduction Response Team (CART) Training,Sam Lee,sam.lee@example.gov,Non,',
    ]);
    expect(named(first.file.table.headers, first.mapping)).toEqual({
      trainingTitle: 'Nom complet du cours avec lien',
      memberName: 'Nom complet avec lien',
      memberEmail: 'Adresse de courriel',
      status: 'Terminé',
      completedOn: 'Horodatage de l’achèvement',
    });
    expect(errors).toEqual([]);
    expect(records).toEqual([['m-dana', CART, '2026-02-19']]);
  });

  it("takes Spanish report builder's Completado as the status and its Tiempo inscrito as a start, not the completion", () => {
    const headers = ['Nombre completo del curso con enlace', 'Nombre completo con enlace', 'Dirección Email', 'Tiempo inscrito', 'Completado', 'Hora de finalización'];
    expect(named(headers)).toMatchObject({ status: 'Completado', completedOn: 'Hora de finalización' });
    expect(field(headers, 'Tiempo inscrito')).toBe(null);
    // A start beside the completion: rows without a completion date are people who have not finished.
    expect(startedBesideCompleted(headers, guessMapping(headers))).toBe(true);
  });

  it("reads Custom certificate's and Simple certificate's date in the Mexican Spanish pack", () => {
    expect(field(['Nombre completo', 'Número de ID', 'Otorgado en', 'Código'], 'Otorgado en')).toBe('completedOn');
    expect(field(['Nombre completo', 'Número de ID', 'Fecha emitido', 'Código'], 'Fecha emitido')).toBe('completedOn');
  });
});

describe('the day and the expiry as logs in Spain, Mexico, France, Austria, Italy and Britain head them', () => {
  it('maps each to its field', () => {
    expect([
      field(['Nombre', 'Curso', 'Fecha', 'Caducidad'], 'Caducidad'),
      field(['Nombre', 'Curso', 'Fecha', 'Vigencia'], 'Vigencia'),
      field(['Agent', 'Formation', 'Réalisée le', 'Expire le'], 'Réalisée le'),
      field(['Agent', 'Formation', 'Réalisée le', 'Expire le'], 'Expire le'),
      field(['Name', 'Lehrgang', 'Abschluss', 'Gültig bis'], 'Abschluss'),
      field(['Nome', 'Corso', 'Data conseguimento', 'Scadenza'], 'Data conseguimento'),
      field(['Name', 'Course', 'Date completed', 'Refresher due'], 'Refresher due'),
      field(['Nom complet avec image et lien', 'Statut', "Date d'émission"], "Date d'émission"),
      field(['Nom complet avec image et lien', 'Statut', "Date d'émission"], 'Nom complet avec image et lien'),
    ]).toEqual(['expiresOn', 'expiresOn', 'completedOn', 'expiresOn', 'completedOn', 'completedOn', 'expiresOn', 'completedOn', 'memberName']);
  });
});

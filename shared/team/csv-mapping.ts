import type { ImportOptions } from './import-options';
import { coursePairsProblem, firstOfNumberedSeries } from './course-pairs';

/**
 * The fields an import understands, the column headers that suggest each one, and
 * which are required. Header guesses cover this app's own export and the names
 * common LMS and spreadsheet exports use.
 */

export const importFields = [
  'memberName',
  'memberFirstName',
  'memberLastName',
  'memberEmail',
  'memberExternalId',
  'memberRole',
  'memberAgency',
  'trainingId',
  'trainingTitle',
  'provider',
  'status',
  'completedOn',
  'startedOn',
  'hours',
  'certificateNumber',
  'validForMonths',
  'expiresOn',
  'notes',
] as const;
export type ImportField = (typeof importFields)[number];

/** Column index for each field; null = not in the file. */
export type ColumnMapping = Record<ImportField, number | null>;

export const fieldLabels: Record<ImportField, string> = {
  memberName: 'Member name',
  memberFirstName: 'First name',
  memberLastName: 'Last name',
  memberEmail: 'Member email',
  memberExternalId: 'Member ID number',
  memberRole: 'Member role',
  memberAgency: 'Member agency',
  trainingId: 'Training ID',
  trainingTitle: 'Training title',
  provider: 'Provider',
  status: 'Completion status',
  completedOn: 'Completed on',
  startedOn: 'Start date (one-day classes)',
  hours: 'Hours',
  certificateNumber: 'Certificate number',
  validForMonths: 'Valid for months',
  expiresOn: 'Expires on',
  notes: 'Notes',
};

export const fieldHelp: Record<ImportField, string> = {
  memberName: 'Matched to team members by name (ignoring case and extra spaces); "Last, First" and a middle initial work too.',
  memberFirstName: 'With Last name, instead of a Member name column.',
  memberLastName: 'With First name, instead of a Member name column.',
  memberEmail: 'Matched to team members by email first, when given.',
  memberExternalId: 'Badge, POST/DPSST number or LMS username; matched after email, before name.',
  memberRole: 'Used only for members the import creates.',
  memberAgency: 'Used only for members the import creates.',
  trainingId: 'A catalogue training id, e.g. "icac-undercover-chat".',
  trainingTitle: 'Matched to catalogue titles; unmatched titles become custom trainings.',
  provider: 'Provider of a custom training.',
  status: 'Only rows whose status means completed are imported; the others are skipped and counted.',
  completedOn: 'ISO, month/day or day/month, 07.03.2026, "7 March 2026" (or "7 de marzo de 2026", "7 mars 2026", "7. März 2026") or an Excel date number.',
  startedOn: 'For a class log with start and end dates: a row whose end date is empty is a one-day class, done on its start date.',
  hours: '8, 1.5, "8 hrs", "90 min" or 1:30; in a column headed in minutes ("Duration (min)"), 90 is an hour and a half. Defaults to the catalogue hours when empty; otherwise recorded as "hours not recorded".',
  certificateNumber: '',
  validForMonths: 'Whole months the certificate stays valid; empty = no expiry.',
  expiresOn: 'The expiry date printed on the certificate, or a period after the completion ("730 days", "2 years"); it wins over Valid for months.',
  notes: '',
};

/**
 * The core fields' headers as Excel sheets kept in other languages name them, tried after every
 * English spelling (a coordinator working with a partner agency abroad, or a sheet typed in Puerto
 * Rico), and the column names of Moodle's reports in its language packs (4.5 es, de, pt, it, fr;
 * pt_br): a report builder download is headed by each column's name in the site's language.
 * Accented and plain spellings both.
 */
const otherLanguages: Partial<Record<ImportField, string[]>> = {
  memberName: [
    'naam',
    'navn',
    'nimi',
    // Dutch Moodle ("Volledige naam": Custom certificate's report).
    'volledige naam',
    'nombre completo',
    // Report builder's user columns (core_reportbuilder userfullnamewithlink…) in es, de, pt and pt_br.
    'nombre completo con enlace',
    'nombre completo con imagen',
    'nombre completo con imagen y enlace',
    'nombre completo del usuario',
    'vollständiger name mit link',
    'vollständiger name mit bild',
    'vollständiger name mit bild und link',
    'nome completo',
    'nome completo com hiperligação',
    'nome completo com foto',
    'nome completo com foto e hiperligação',
    'nome completo com link para o perfil',
    'nome completo do utilizador',
    'nombre y apellidos',
    'nombre y apellido',
    'apellidos y nombre',
    'nom complet',
    'nom complet avec lien',
    'nom complet avec image et lien',
    'nom et prénom',
    'nom et prenom',
    'nom prénom',
    'nom prenom',
    'prénom et nom',
    'prenom et nom',
    'vollständiger name',
    'vollstandiger name',
    'name, vorname',
    'nachname, vorname',
    'name vorname',
    'vorname name',
    // Hand-made sheets in Italian, Portuguese, Polish, Czech, Swedish, Danish and Japanese.
    'cognome e nome',
    'cognome nome',
    'nome e cognome',
    'nome cognome',
    'nominativo',
    'nome e sobrenome',
    'imię i nazwisko',
    'nazwisko i imię',
    'jméno a příjmení',
    'fullständigt namn',
    '氏名',
    // Russian, Arabic, Korean and Chinese sheets' full name (round 12).
    'фио',
    'ф и о',
    'الاسم',
    '성명',
    '姓名',
    '名前',
    'teilnehmer',
    'teilnehmerin',
    'estudiante',
    'participante',
    'alumno',
    'formando',
    'nombre',
    'nom',
    'nome',
    'namn',
    'navn',
    'jméno',
  ],
  memberFirstName: ['primer nombre', 'nombres', 'nombre s', 'prénom', 'prenom', 'vorname', 'voornaam', 'imię', 'křestní jméno', 'förnamn', 'fornavn', 'etunimi', 'όνομα', 'שם פרטי'],
  // "Apelido" is Portugal's surname, "Sobrenome" Brazil's (mod_certificate's download in pt_br).
  // A Mexican or Puerto Rican roster's father's surname (the mother's follows it in a column of its own).
  memberLastName: ['apellido', 'apellidos', 'apellido paterno', 'primer apellido', 'nom de famille', 'nachname', 'familienname', 'achternaam', 'sobrenome', 'apelido', 'cognome', 'nazwisko', 'příjmení', 'efternamn', 'efternavn', 'zuname', 'sukunimi', 'επώνυμο', 'שם משפחה'],
  memberEmail: [
    'correo electrónico',
    'correo electronico',
    'dirección email',
    'direccion email',
    'dirección de correo',
    'direccion de correo',
    'correo',
    'adresse de courriel',
    'courriel',
    'adresse électronique',
    'adresse e mail',
    'e mail adresse',
    'endereço de e mail',
    'endereco de e mail',
    'indirizzo email',
    'e mailadres',
    'e postadress',
    'adres e mail',
    'メールアドレス',
  ],
  // Moodle's "ID number" and "Username" (de "ID-Nummer", "Anmeldename"; es "Número de ID"; pt
  // "Número de identificação (ID)", as Simple certificate's download heads it too), ID number first as in English.
  memberExternalId: [
    'número de placa',
    'numero de placa',
    'placa',
    'número de empleado',
    'numero de empleado',
    'matricule',
    'personalnummer',
    'dienstnummer',
    'id nummer',
    'número de id',
    'numero de id',
    'número de identificação',
    'numero de identificacao',
    'codice identificativo',
    'nummer id',
    'anmeldename',
    'gebruikersnaam',
    'nombre de usuario',
    'nome de utilizador',
    'nome de usuário',
    'användarnamn',
  ],
  trainingTitle: [
    // Report builder's course columns (coursefullnamewithlink, fullnamecourse, courseshortnamewithlink).
    'nombre completo del curso con enlace',
    'kursus',
    'uddannelse',
    'koulutus',
    'kurssi',
    'nom complet du cours avec lien',
    'nom complet du cours',
    'nombre completo del curso',
    'nombre corto del curso con enlace',
    'nombre corto del curso',
    'vollständiger kursname mit link',
    'vollständiger kursname',
    'kurzer kursname mit link',
    'kurzer kursname',
    'nome completo da disciplina com hiperligação',
    'nome completo da disciplina',
    'nome completo do curso com link',
    'nome completo do curso',
    'titolo del corso con collegamento',
    'titolo del corso',
    'nombre del curso',
    'curso',
    'capacitación',
    'capacitacion',
    'formación',
    'formacion',
    'intitulé de la formation',
    'intitule de la formation',
    'intitulé',
    'intitule',
    'formation',
    'cours',
    'kursname',
    'kurs',
    'lehrgang',
    'seminar',
    'veranstaltung',
    'schulung',
    'fortbildung',
    'opleiding',
    'cursus',
    'adiestramiento',
    'disciplina',
    'nome do curso',
    'treinamento',
    'ação de formação',
    'acao de formacao',
    'corso',
    'corso frequentato',
    'szkolenie',
    'nazwa szkolenia',
    'školení',
    'kurz',
    'utbildning',
    'kursnamn',
    'kursus',
    '研修名',
    // The course, in Russian, Greek, Hebrew, Arabic, Korean and Chinese.
    'наименование курса',
    'курс',
    'σεμινάριο',
    'εκπαίδευση',
    'שם הקורס',
    'קורס',
    'اسم الدورة',
    'الدورة',
    '교육과정명',
    '교육과정',
    '培训项目',
    '课程名称',
    '研修',
    '講座名',
    // Turkish Excel's "Eğitimin Adı" (the training's name).
    'eğitimin adı',
    'eğitim adı',
    'eğitim',
    'titre',
    'titel',
    'tema',
  ],
  // Moodle Custom certificate's "Date received" (receiveddate) as its Spanish and French language packs name it;
  // mod_certificate's and Simple certificate's (de "Ausstellungsdatum", pt "Data de recebimento", "Data de emissão");
  // report builder's completion "Time completed" (es, de, pt, it, sv; pt_br "Tempo concluído").
  completedOn: [
    // What coordinators in France, Austria and Italy head the day with; tool_certificate's French "Date d'émission".
    'réalisée le',
    'slutdato',
    'afsluttet',
    'päättymispäivä',
    'paattymispaiva',
    'suorituspäivä',
    'suorituspaiva',
    'réalisé le',
    'realisee le',
    'effectuée le',
    'suivie le',
    'date d émission',
    'abschluss',
    'abgeschlossen am',
    'absolviert am',
    'teilnahme am',
    'data conseguimento',
    'data completamento',
    'data fine corso',
    'data fine',
    // Dutch Moodle: Custom certificate's "Ontvangen datum".
    'ontvangen datum',
    'hora de finalización',
    'hora de finalizacion',
    'zeit abgeschlossen',
    'data e hora da conclusão',
    'data e hora da conclusao',
    'tempo concluído',
    'data e ora di completamento',
    'tid för slutförande',
    'fecha de emisión',
    'fecha de emision',
    'verliehen am',
    'ausstellungsdatum',
    'austellungsdatum',
    'vergabedatum',
    'data de emissão',
    'data de emissao',
    'data de recebimento',
    'concedido em',
    'attribué le',
    'attribue le',
    'date de délivrance',
    'date de delivrance',
    'assegnato il',
    'data di conseguimento',
    'data di rilascio',
    'data di ricezione',
    'data de conclusão',
    'data de conclusao',
    'data del corso',
    'data ukończenia',
    'data szkolenia',
    // A class's end day as Polish, Czech, Swiss German and Turkish logs head it.
    'data zakończenia',
    'datum absolvování',
    'datum bis',
    'bitiş tarihi',
    '受講日',
    // The day it ended, in the same languages.
    'дата окончания',
    'ημερομηνία ολοκλήρωσης',
    'תאריך סיום',
    'تاريخ النهاية',
    '이수일',
    '培训日期',
    '结业日期',
    '修了日',
    'fecha de realización',
    'fecha de realizacion',
    'fecha del curso',
    'date de la formation',
    'fecha de finalización',
    'fecha de finalizacion',
    'fecha de término',
    'fecha de termino',
    'fecha de terminación',
    'fecha de terminacion',
    'fecha de conclusión',
    'fecha de conclusion',
    'fecha de recepción',
    'fecha de recepcion',
    'fecha recibido',
    // Custom certificate's and Simple certificate's date in the Mexican Spanish pack; the French report builder's completion time.
    'otorgado en',
    'fecha emitido',
    'horodatage de l achèvement',
    'fecha',
    'date de fin',
    'date de réussite',
    'date de reussite',
    "date d'obtention",
    'date de réalisation',
    'date de réception',
    'date de reception',
    'abschlussdatum',
    'datum',
    'data',
    'dato',
  ],
  // Custom certificate's "Code" in Spanish; "Code" itself is already a certificate number.
  // mod_certificate's "Code" in German; Custom certificate's in French and Italian.
  certificateNumber: ['número de certificado', 'numero de certificado', 'código', 'codigo', 'numéro de certificat', 'numero de certificat', 'zertifikatsnummer', 'seriennummer', 'code de contrôle', 'code de controle', 'codice'],
  // "Durée" and "Duración" as sheets in those languages head their hours; "Dauer" too.
  hours: [
    'horas',
    'timer',
    'tunnit',
    'horas lectivas',
    'duración',
    'duracion',
    'heures',
    'durée',
    'duree',
    'durée h',
    'duree h',
    'stunden',
    'std',
    'dauer',
    'dauer std',
    'dauer in stunden',
    'uren',
    'carga horária',
    'carga horaria',
    'duração',
    'duracao',
    'ore',
    'ore di formazione',
    'liczba godzin',
    'süre',
    '時間数',
    // Hours, in the same languages.
    'кол во часов',
    'количество часов',
    'часы',
    'ώρες',
    'שעות',
    'عدد الساعات',
    '이수시간',
    '学时',
    'godziny',
    'hodiny',
    'počet hodin',
    'timmar',
    'timer',
    '時間',
  ],
  expiresOn: [
    'fecha de vencimiento',
    'gyldig til',
    'udløber',
    'voimassa',
    'voimassa asti',
    'vencimiento',
    'vence',
    'fecha de expiración',
    'fecha de expiracion',
    'válido hasta',
    'valido hasta',
    "date d'expiration",
    'date d expiration',
    "date d'échéance",
    'échéance',
    'echeance',
    "valable jusqu'au",
    'expiration',
    'ablaufdatum',
    'gültig bis',
    'gultig bis',
    'geldig tot',
    'vervaldatum',
    'data de expiração',
    'data de expiracao',
    'validade',
    'scadenza',
    'data di scadenza',
    'ważne do',
    'wazne do',
    'platnost do',
    'giltig till',
    'udløber',
    'udløbsdato',
    '有効期限',
    // Swedish "Giltig t.o.m." (valid up to and including).
    'giltig t o m',
    // Spain's and Mexico's words for an expiry, France's "Expire le".
    'caducidad',
    'fecha de caducidad',
    'vigencia',
    'vigente hasta',
    'fecha de vigencia',
    'expire le',
    'expiré le',
  ],
  // Moodle's "Department" identity field (de, es, pt), as "Department" is in English.
  memberAgency: ['agencia', 'organismo', 'agence', 'organisme', 'behörde', 'behorde', 'dienststelle', 'abteilung', 'departamento'],
  // Moodle's completion "Completed" (Yes/No) in es, de, pt; a Mexican tracker's "Estatus".
  // The result as Polish ("Wynik"), Italian ("Esito"), Czech ("Absolvoval"), Swiss German ("bestanden"), Turkish ("Durum") and Japanese (修了区分) logs head it.
  // Passed or validated as a checkbox column's header: French "Validée", "Réussi", Spanish "Aprobado", Portuguese "Aprovado", "Concluído",
  // Italian "Superato", Dutch "Geslaagd", Polish "Zaliczone", Turkish "Tamamlandı".
  status: ['validée', 'validé', 'validee', 'valide', 'réussi', 'reussi', 'aprobado', 'aprovado', 'concluído', 'concluido', 'superato', 'geslaagd', 'zaliczone', 'zaliczony', 'zaliczenie', 'tamamlandı', 'tamamlandi', 'finalizado', 'completado', 'terminé', 'abgeschlossen', 'concluída', 'concluida', 'estatus', 'estado', 'situação', 'situacao', 'situación', 'situacion', 'resultado', 'résultat', 'resultat', 'statut', 'état', 'etat', 'ergebnis', 'resultaat', 'wynik', 'esito', 'absolvoval', 'bestanden', 'durum', '修了区分', 'teilnahme', 'gennemført', 'gennemfort', 'suoritus', 'tila', 'результат', 'αποτέλεσμα', 'סטטוס', 'النتيجة', '이수여부', '考核结果'],
  provider: ['entidade formadora'],
  notes: ['observaciones', 'observações', 'observacoes', 'bemerkungen'],
};

/** Header spellings per field, most specific first. Compared after normaliseHeader. */
const synonyms: Record<ImportField, string[]> = {
  memberName: [
    'member name',
    'member',
    'employee name',
    'employee',
    'learner name',
    'learner',
    'student name',
    'participant',
    'attendee',
    // A class's list of who came, in one cell (SharePoint's person field that takes several).
    'attendees',
    'attendee names',
    // A task force's or an MDT's own word for its people.
    'team member',
    'mdt member',
    'task force member',
    'tf member',
    'tf attendees',
    'participant names',
    'full name',
    // Moodle report builder's user columns (the download's header is the column's name).
    'full name with link',
    'full name with picture',
    'full name with picture and link',
    'fullname',
    'user full name',
    'officer name',
    // A Google Forms self-report's question as its responses sheet heads the column.
    'your name',
    'your full name',
    'what is your name',
    // An Indian statement's "Name of the Officer"; Turkish "Adı Soyadı" (name and surname).
    'name of the officer',
    'name of officer',
    // A certificate list's person.
    'issued to',
    'awarded to',
    'recipient name',
    'recipient',
    'adı soyadı',
    'investigator',
    'investigator name',
    // Academy class rosters.
    'recruit name',
    'recruit',
    'cadet name',
    'cadet',
    'emp name',
    'trainee name',
    'participant name',
    'attendee name',
    // A UK class log's delegates; a credential platform's recipient (Certifier).
    'delegate name',
    'delegate',
    'recipient name',
    'recipient',
    'personnel name',
    'staff name',
    // Sign-in sheets: the line people print their name on, beside the one they sign; rosters' rank with the name.
    'print name',
    'printed name',
    'please print name',
    'name please print',
    'print full name',
    'rank name',
    'name rank',
    'rank and name',
    'name and rank',
    // A task force's log headed by who its people are.
    'team member',
    'staff member',
    'staff',
    'personnel',
    'detective',
    'deputy',
    'trooper',
    'agent',
    'analyst',
    'prosecutor',
    'advocate',
    // "Last, First" as the header itself.
    'last first',
    'last name first name',
    'student',
    'trainee',
    'officer',
    'person',
    'user',
    'name',
  ],
  // Credly's badge reports name the earner "Issued to …"; Certifier, the recipient.
  memberFirstName: ['first name', 'firstname', 'given name', 'given names', 'forename', 'forenames', 'first', 'issued to first name', 'recipient first name'],
  memberLastName: ['last name', 'lastname', 'surname', 'family name', 'last', 'issued to last name', 'recipient last name'],
  memberEmail: ['member email', 'email', 'e-mail', 'email address', 'learner email', 'user email', 'employee email', 'e mail', 'mail', 'issued to email', 'recipient email'],
  memberExternalId: [
    'member id',
    // An academy records system's (Acadis) person.
    'person id',
    // Illinois' PTB ID, Georgia's OKEY, the Canadian Police College's regimental number, British forces' collar number, Puerto Rico's badge (placa).
    'ptb id',
    'okey',
    'regimental no',
    'regimental number',
    'reg no',
    'collar no',
    'collar number',
    'warrant no',
    'warrant number',
    'núm placa',
    'num placa',
    'número de placa',
    'numero de placa',
    'placa',
    'member id number',
    'external id',
    'employee id',
    'employee number',
    'badge number',
    'badge no',
    'badge',
    'dpsst',
    'dpsst number',
    'dpsst no',
    'post id',
    'post number',
    'post no',
    'officer id',
    'id number',
    'idnumber',
    'membership number',
    'personnel number',
    'student id',
    'learner id',
    'user id',
    'userid',
    'badge id',
    'emp id',
    'employee no',
    'officer number',
    'psid',
    // State POST and standards boards' officer numbers (Texas TCOLE's PID, Florida's CJSTC number, Georgia's POST certification number).
    'pid',
    'tcole pid',
    'tcole id',
    'cjstc',
    'cjstc number',
    'post cert',
    'post cert number',
    'post certification number',
    'peace officer id',
    // Minnesota POST's and Missouri DPS's peace officer licence numbers ("POST License #", "DPS License #").
    'post license number',
    'dps license number',
    'license number',
    'emp',
    'emp no',
    'emp number',
    'username',
    'user name',
  ],
  memberRole: ['member role', 'role', 'position', 'job title', 'job role', 'discipline', 'rank'],
  memberAgency: ['member agency', 'agency', 'agency name', 'department', 'department name', 'organization', 'organisation', 'organization name', 'employer', 'company'],
  trainingId: ['training id', 'course id', 'training code', 'course code'],
  trainingTitle: [
    'training title',
    'training',
    'training name',
    'course title',
    // An Indian statement's "Name of the Course".
    'name of the course',
    'name of course',
    // A form's question of which course ("Which course did you complete?").
    'which course did you complete',
    'which training did you complete',
    'which course did you attend',
    'which training did you attend',
    'which class did you attend',
    // Training taken elsewhere, as an LMS's upload of outside records heads it (Relias).
    'external course title',
    'external training title',
    'external course name',
    'course name',
    // Workday Learning's enrollment report.
    'learning content',
    // SuccessFactors' Item Status report; Credly's badge, a credential tracker's (TargetSolutions) credential; Lexipol's bulletin.
    'item title',
    'badge name',
    'credential name',
    'credential',
    'dtb title',
    'course full name',
    'course full name with link',
    'course fullname',
    'course',
    // Totara's program and certification sources (Program Overview, Certification Overview) list the
    // program's courses in one cell, a line each ("Course Short Name"): the program is the training.
    'certification name',
    'certification short name',
    'program name',
    'program short name',
    'course short name',
    'courseshortname',
    'certificate name',
    // Certificate manager's (tool_certificate) issued certificates report: the certificate is the training.
    'certificate template',
    // Totara's certification reports.
    'certification',
    'certificationshortname',
    'class title',
    'class name',
    'session title',
    'session name',
    'event name',
    'training attended',
    // A coordinator's own log: "Course Taken", "Name of Training".
    'course taken',
    'training taken',
    'class taken',
    'name of training',
    'title of training',
    'name of course',
    'title of course',
    'name of class',
    'type of training',
    'course attended',
    'class attended',
    'session attended',
    'course description',
    'training description',
    'learning item',
    'learning title',
    'learning object',
    'learning activity',
    'activity name',
    'activity title',
    'webinar',
    'workshop',
    'workshop title',
    'workshop name',
    'conference',
    'conference title',
    'conference name',
    'seminar title',
    'topic',
    'training topic',
    'course topic',
    'class',
    'session',
    'program',
    'event',
    'module',
    'module name',
    // TargetSolutions' and other public-safety LMS reports head the course "Activity".
    'activity',
    'title',
    'subject',
  ],
  provider: ['provider', 'training provider', 'course provider', 'vendor'],
  // "Is complete?" (any method) are Totara report builder's Yes/No completion columns.
  // "Student Status": an academy roster's Graduated / Withdrawn / Enrolled.
  // Docebo's "Course Enrollment Status" (Completed, In Progress) before its "Course Status" (the course's own: Published).
  // "Registration Status" (Acadis: Completed / No Show), "Credential Status", an Oracle export's COMPLETION_CD (C / I / NS).
  status: ['status', 'completion status', 'attendance status', 'registration status', 'credential status', 'completion cd', 'completion code', 'course enrollment status', 'course enrolment status', 'enrollment status', 'enrolment status', 'student status', 'course status', 'transcript status', 'is complete', 'is complete any method', 'result', 'outcome', 'pass fail', 'p f', 'passed', 'attended', 'attendance', 'done', 'certified', 'completed', 'complete', 'progress', 'status notes', 'status comments', 'notes status', 'certificate issued', 'cert issued'],
  completedOn: [
    'completed on',
    'completion date',
    // A form's question of the course's day, before the form's own time of the answer ("Completion time").
    'last day of the course',
    'last day of the training',
    'last day of the class',
    'date of the course',
    'date of the training',
    'date completed',
    'completiondate',
    'course complete',
    'time completed',
    'date of completion',
    'date issued',
    'issued on',
    'date received',
    'date awarded',
    'awarded on',
    'completed date',
    'course date',
    'training date',
    'class date',
    'session date',
    // Totara's course completion report: its language pack heads the completion date so.
    'the completion date',
    'date of training',
    'date attended',
    'attended on',
    'attendance date',
    'event date',
    'end date',
    // An academy roster's "Class Start" and "Class End": the class ends when it is completed.
    'class end',
    'course end',
    // Totara's seminar sign-ups report: a row per attendee per session day, its day in "Session Start Date" (class-days.ts makes the days one class).
    'session finish date',
    'session finish date time',
    'session end date',
    'session start date',
    'session start date time',
    'date taken',
    'date passed',
    'date achieved',
    'date earned',
    // An Australian competency report's day of assessment.
    'date assessed',
    'assessed on',
    'earned on',
    'achieved on',
    'date certified',
    // A state's operator certification report (Illinois LEADS): "Certified Date".
    'certified date',
    'certification date',
    'certified on',
    'graduation date',
    'date graduated',
    'date of graduation',
    'cert date',
    'certificate date',
    'certification date',
    'finish date',
    'date finished',
    'date of class',
    'date of course',
    'date of event',
    'dates attended',
    'workshop date',
    'conference date',
    'seminar date',
    'webinar date',
    'issue date',
    // Moodle's Simple certificate reports.
    'issued date',
    'date of issue',
    'completed at',
    'completion time',
    'comp date',
    'date comp',
    'completion dt',
    'end dt',
    // A webinar's attendee report (GoTo's, Zoom's): when each attendee joined, on the session's day.
    'join time',
    'first join time',
    'class dt',
    'course dt',
    'completion',
    'date',
    'dates',
    'date s',
    // Last, when nothing else dates the row: a sign-in form's time of each answer (Google Forms,
    // Jotform), or an early-intervention system's day of the entry (Guardian Tracking).
    'timestamp',
    'submission date',
    'date submitted',
    'submitted at',
    'submitted on',
    'occurred on',
    'date occurred',
  ],
  // Never from the header alone: beside an LMS's completion date, a start is when someone began (classStartColumn decides).
  startedOn: [],
  hours: [
    // Nominal hours: the hours a course is rated for, as Australian competency reports give them.
    'nominal hours',
    'hours',
    'training hours',
    'contact hours',
    'ce hours',
    'duration hours',
    'duration in hours',
    'course hours',
    'hours completed',
    // A class log's hours for each of the people it lists ("Hrs each").
    'hours each',
    'hrs each',
    'hours per person',
    'hrs per person',
    // "Completed" over "Date" and "Hours" in a header typed over two rows (splitHeader).
    'completed hours',
    'completion hours',
    'hours earned',
    // The hours an officer was given come before a course's own credit hours beside them.
    'hours awarded',
    'credit hours awarded',
    'hours credited',
    'clock hours',
    'post hours',
    'tcole hours',
    'cle hours',
    'cle credit hours',
    // Missouri's continuing law enforcement education: a summary's total beside its four categories.
    'total clee',
    'clee hours',
    'clee credit hours',
    'hours attended',
    // A course's credit hours before a total: SSRS writes a group's total ("TotalHours", the officer's
    // sum) as a column repeated on each of the group's rows, beside each course's "CreditHours".
    'credit hours',
    'total hours',
    // Ohio's continuing professional training: a part of a course's total hours, when that is beside it.
    'cpt hours',
    'number of hours',
    'no of hours',
    'length hours',
    'length',
    'hrs',
    'training hrs',
    'credit hrs',
    'total hrs',
    'duration',
    // Columns that count minutes: their numbers are read as minutes (headerCountsMinutes).
    'duration min',
    'duration mins',
    'duration minutes',
    'duration in minutes',
    'training minutes',
    'minutes',
  ],
  // "Code with link": Certificate manager's report builder column of the certificate's code.
  certificateNumber: ['certificate number', 'certificate no', 'certificate id', 'cert number', 'cert no', 'certificate code', 'code', 'code with link', 'certificate'],
  validForMonths: ['valid for months', 'validity months', 'valid months', 'valid for', 'validity', 'renewal months'],
  expiresOn: [
    'expires on',
    'expiry date',
    'expiration date',
    // A hand-made log's short "Exp." and "Exp Date".
    'exp',
    'exp date',
    'expires',
    'expiration',
    'expiry',
    'valid until',
    'certificate expires',
    'cert expires',
    'cert expiration',
    'certification expires',
    'expire date',
    'exp date',
    'valid through',
    'valid thru',
    'good through',
    'good thru',
    // When the training is due again: its recertification, a refresher.
    'refresher due',
    'refresher due date',
    'recert due',
    'recert due date',
    'recert date',
    'recertification due',
    'recertification due date',
    'recertification date',
    'next due',
    'next due date',
    'renewal due',
    'renewal date',
  ],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

for (const [field, words] of Object.entries(otherLanguages) as [ImportField, string[]][]) synonyms[field].push(...words.filter((w) => !synonyms[field].includes(w)));

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[#()[\]_:.\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A header as Moodle's JSON download keys each record: lower case, only the letters a–z and
 * digits kept ("Date received" → "datereceived"; "Fecha de recepción" → "fechaderecepcin",
 * as its clean_param drops what is not ASCII). Compared once the spellings as written found nothing.
 */
export function squeezeHeader(header: string): string {
  return squeezed(normaliseHeader(header));
}

/** squeezeHeader of a header already normalised. */
const squeezed = (normalised: string): string => normalised.replace(/[^a-z0-9]/g, '');

export function emptyMapping(): ColumnMapping {
  return Object.fromEntries(importFields.map((f) => [f, null])) as ColumnMapping;
}

/** The columns a mapping reads, whatever for. */
export function mappedColumns(mapping: ColumnMapping): Set<number> {
  return new Set(Object.values(mapping).filter((c): c is number => c !== null));
}

/** The fields that say who a row is about (role and agency only describe a member the import creates). */
export const memberIdentityFields = ['memberName', 'memberFirstName', 'memberLastName', 'memberEmail', 'memberExternalId'] as const satisfies readonly ImportField[];
const memberFields = new Set<ImportField>(['memberName', 'memberFirstName', 'memberLastName', 'memberEmail', 'memberExternalId', 'memberRole', 'memberAgency']);
/**
 * Words report tools put before a column's own name: whose it is ("User First Name", "User's
 * Fullname", "Learner Email") for the member's fields, and what it is of ("Course Completion
 * Status", "Training Expiration Date") for the others. Tried only after the headers as written.
 */
const PERSON_PREFIX = /^(?:user|users|learner|learners|employee|employees|student|students|participant|participants|attendee|attendees|officer|officers|member|members|trainee|trainees|staff|person|persons) /;
const RECORD_PREFIX = /^(?:course|courses|training|trainings|class|session|program|programme|event|certificate|certification|enrolment|enrollment|record|transcript) /;

// An enrolment's end, expiry or start is when access to the course ends or begins (Moodle's
// "Enrolment ends", an LMS's "Enrollment End Date" or "Enrolment expiry"), not the training's
// dates: such a header, its prefix taken off, must not read as "end date" or "expiry".
const ACCESS_WINDOW = /^(?:course )?(?:enrolment|enrollment) (?:.* )?(?:end|ends|ended|expiry|expires|expired|expiration|start|starts|started)\b/;
const WINDOW_FIELDS: ReadonlySet<ImportField> = new Set(['completedOn', 'startedOn', 'expiresOn']);

/** withoutPrefixes for a field's header, or '' when the words taken off make it an enrolment's own date. */
function recordHeader(field: ImportField, header: string): string {
  if (memberFields.has(field)) return withoutPrefixes(header, PERSON_PREFIX);
  return WINDOW_FIELDS.has(field) && ACCESS_WINDOW.test(header) ? '' : withoutPrefixes(header, RECORD_PREFIX);
}

const BARE_NAME = new Set(['name', 'nombre', 'nom', 'nome', 'namn', 'navn', 'jméno']);

/** A header without the words before its own name, as many as there are (Cornerstone's "Transcript - Transcript Completed Date", "Training record status"). */
function withoutPrefixes(header: string, prefix: RegExp): string {
  let rest = header;
  for (let shorter = rest.replace(prefix, ''); shorter !== rest && shorter !== ''; shorter = rest.replace(prefix, '')) rest = shorter;
  return rest;
}

/** Best guess per field from the headers; each column is used at most once. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  // Possessives read as the word ("User's Fullname" as "users fullname"); "?", "!" and "*" (a
  // required-field mark) do not make a header different ("Is complete?", "Email*"); camelCase
  // reads as words ("CourseTitle" as "course title").
  // "#" says number: "Course #" is a course's number, not its title; "Badge #" a badge number.
  // Airtable's lookup field "Course Title (from Course)" is the linked record's own column.
  const normalised = headers.map((h) =>
    normaliseHeader(h.replace(/\s*\(from [^()]+\)\s*$/i, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/#/g, ' number '))
      .replace(/['’]/g, '')
      .replace(/[?!*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // A Totara report grouped by person and course heads each aggregated column so ("Maximum value from Date completed").
      .replace(/^(?:maximum|minimum) value from /, ''),
  );
  const taken = new Set<number>();
  const mapping = emptyMapping();
  // Each pass takes the most specific spellings for every field before any generic one ("name", "date").
  const longest = Math.max(...Object.values(synonyms).map((s) => s.length));
  const pass = (headerFor: (field: ImportField, header: string, column: number) => string, spelling = (wanted: string) => wanted) => {
    for (let rank = 0; rank < longest; rank++) {
      for (const field of importFields) {
        if (mapping[field] !== null) continue;
        const synonym = synonyms[field][rank];
        if (synonym === undefined) continue;
        const wanted = spelling(synonym);
        // Squeezed to nothing (Japanese "氏名"), a spelling would match every other such header.
        if (wanted === '') continue;
        const column = normalised.findIndex((h, i) => !taken.has(i) && headerFor(field, h, i) === wanted);
        if (column !== -1) {
          mapping[field] = column;
          taken.add(column);
        }
      }
    }
  };
  pass((_field, header) => header);
  pass(recordHeader);
  pass((_field, header) => squeezed(header), squeezed);
  // A hand-made sheet's note on how to fill the column: "Name (Last, First)", "Completion Date
  // (MM/DD/YYYY)", "Employee Name - Last, First". Run on the headers as written.
  const noted = headers.map(withoutNote);
  pass((_field, _header, i) => noted[i]!);
  // Both: Totara's "User's Fullname (linked to profile)".
  pass((field, _header, i) => (noted[i] === '' ? '' : recordHeader(field, noted[i]!)));
  // A tracker's numbered pairs ("Course 1", "Date 1", "Course 2"…): the first pair, as its headers say without the number.
  const numbered = firstOfNumberedSeries(headers).map((base) => (base === '' ? '' : normaliseHeader(base)));
  pass((_field, _header, i) => numbered[i]!);
  // A bare "Name" column beside only a first name or only a last name is the other half ("Nom"
  // beside "Prénom" is the last name, "Nombre" beside "Apellido" the first); "Full name" stays whole.
  if (mapping.memberName !== null && BARE_NAME.has(normalised[mapping.memberName]!) && (mapping.memberFirstName === null) !== (mapping.memberLastName === null)) {
    if (mapping.memberFirstName === null) mapping.memberFirstName = mapping.memberName;
    else mapping.memberLastName = mapping.memberName;
    mapping.memberName = null;
  }
  // A lone "Completed" ("Course Completed") column with no other date column is the completion date, not a Yes/No status.
  const saysCompleted = (h: string) => ['completed', 'complete'].includes(withoutPrefixes(h, RECORD_PREFIX));
  if (mapping.completedOn === null && mapping.status !== null && saysCompleted(numbered[mapping.status] || normalised[mapping.status]!)) {
    mapping.completedOn = mapping.status;
    mapping.status = null;
  }
  // A program's or certification's own status beside its courses' (Totara's Program Overview: "Program
  // Status" beside the one-line-per-course "Course Status"), when it is the training.
  const whose = mapping.trainingTitle === null ? null : /^(program|programme|certification) /.exec(normalised[mapping.trainingTitle]!);
  if (whose && mapping.status !== null && normalised[mapping.status]!.startsWith('course ')) {
    const own = normalised.findIndex((h, i) => !taken.has(i) && h === `${whose[1]} status`);
    if (own !== -1) {
      taken.delete(mapping.status);
      mapping.status = own;
      taken.add(own);
    }
  }
  // A certification's due date is when it must be renewed: its expiry (Totara's certification reports). Anything
  // else's due date is the deadline to take it (a program's, a learning plan's), no expiry.
  const certification = mapping.trainingTitle !== null && /\bcertification/.test(normalised[mapping.trainingTitle]!);
  if (mapping.expiresOn === null && certification) {
    const due = normalised.findIndex((h, i) => !taken.has(i) && ['due date', 'date due'].includes(h));
    if (due !== -1) {
      mapping.expiresOn = due;
      taken.add(due);
    }
  }
  // The same "Completed" beside a "Status" that took the status field (a tracker's Current / Due soon / Expired).
  if (mapping.completedOn === null) {
    const lone = normalised.findIndex((h, i) => !taken.has(i) && saysCompleted(h));
    if (lone !== -1) mapping.completedOn = lone;
  }
  return mapping;
}

const NOTE = /\s*(?:\([^()]*\)|\[[^[\]]*\]|\s[-–—]\s.*)\s*/g;
// A note that names another unit changes what the column holds: "Duration (min)" is no number of hours.
const OTHER_UNIT = /\b(?:m|min|mins|minutes?|ceus?|days?|weeks?|secs?|seconds?)\b/i;

/** A header without its notes in brackets or after a dash, normalised; '' when it has none, or one naming another unit. */
function withoutNote(header: string): string {
  const notes = header.match(NOTE);
  if (!notes || notes.some((n) => OTHER_UNIT.test(n))) return '';
  return normaliseHeader(header.replace(NOTE, ' ')).replace(/['’]/g, '');
}

/** What is missing before rows can be checked; empty when the mapping is usable. */
export function mappingProblems(
  mapping: ColumnMapping,
  columnCount: number,
  choices: Pick<ImportOptions, 'training' | 'trainingColumns'> &
    Partial<Pick<ImportOptions, 'completedOnForAll' | 'memberForAll' | 'memberHeadings' | 'trainingHeadings' | 'personColumns' | 'coursePairs'>> = { training: null, trainingColumns: [] },
  headers: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  // Several courses on a row, in pairs of columns: read as such only when ticked (course-pairs.ts).
  const pairs = coursePairsProblem(headers, mapping, choices.coursePairs ?? false);
  if (pairs !== null) problems.push(pairs);
  const matrix = choices.trainingColumns;
  for (const field of importFields) {
    const column = mapping[field];
    if (column !== null && (column < 0 || column >= columnCount)) problems.push(`${fieldLabels[field]} points at column ${column + 1}, which the file does not have.`);
  }
  const used = new Map<number, ImportField>();
  for (const field of importFields) {
    const column = mapping[field];
    if (column === null) continue;
    const other = used.get(column);
    if (other) problems.push(`${fieldLabels[other]} and ${fieldLabels[field]} both use column ${column + 1}; give each its own column.`);
    used.set(column, field);
  }
  const columnName = (column: number): string => (headers[column]?.trim() ? `“${headers[column]!.trim()}”` : `column ${column + 1}`);
  const onePerson = choices.memberForAll ?? null;
  const headings = choices.memberHeadings ?? false;
  const people = choices.personColumns ?? [];
  if (onePerson === null && !headings && people.length === 0 && mapping.memberName === null && mapping.memberEmail === null && mapping.memberExternalId === null && (mapping.memberFirstName === null || mapping.memberLastName === null)) {
    problems.push('Choose the column that names the member (Member name, First and Last name, Member email or Member ID number), or tick “All rows are one person’s”, “Each person’s name is a heading over their rows” or “Each person has their own column”: the file has none that looks like one.');
  }
  if (onePerson === '') problems.push('“All rows are one person’s” is ticked: choose the person.');
  /** Columns chosen for what a ticked choice already gives: one problem naming them. */
  const chosenBesides = (fields: readonly ImportField[], what: string, choice: string): void => {
    const columns = fields.filter((f) => mapping[f] !== null).map((f) => columnName(mapping[f]!));
    if (columns.length > 0) problems.push(`${columns.join(' and ')} ${columns.length === 1 ? 'is' : 'are'} chosen to name the ${what}, and ${choice} is ticked; choose one.`);
  };
  const personColumnsChoice = '“Each person has their own column”';
  const memberChoices = [
    ...(onePerson !== null ? ['“All rows are one person’s”'] : []),
    ...(headings ? ['“Each person’s name is a heading over their rows”'] : []),
    ...(people.length > 0 ? [personColumnsChoice] : []),
  ];
  if (memberChoices.length > 0) chosenBesides(memberIdentityFields, 'member', memberChoices[0]!);
  if (memberChoices.length > 1) {
    const listed = new Intl.ListFormat('en', { type: 'conjunction' }).format(memberChoices);
    problems.push(`${listed} are ${memberChoices.length === 2 ? 'both' : 'all'} ticked; choose one.`);
  }
  const trainingColumnsSeen = new Set<number>();
  for (const { column } of matrix) {
    if (column >= columnCount) problems.push(`A training column points at column ${column + 1}, which the file does not have.`);
    const field = importFields.find((f) => mapping[f] === column);
    if (field) problems.push(`${columnName(column)} is chosen both as a training column and as ${fieldLabels[field]}; it can be only one.`);
    if (trainingColumnsSeen.has(column)) problems.push(`${columnName(column)} is chosen twice as a training column.`);
    trainingColumnsSeen.add(column);
  }
  for (const { column, expiresColumn } of matrix) {
    if (expiresColumn === null) continue;
    if (expiresColumn >= columnCount) problems.push(`The expiry column of ${columnName(column)} points at column ${expiresColumn + 1}, which the file does not have.`);
    const field = importFields.find((f) => mapping[f] === expiresColumn);
    if (field) problems.push(`${columnName(expiresColumn)} is chosen both as the expiry of ${columnName(column)} and as ${fieldLabels[field]}; it can be only one.`);
    if (trainingColumnsSeen.has(expiresColumn)) problems.push(`${columnName(expiresColumn)} is chosen both as a training column and as the expiry of ${columnName(column)}; it can be only one.`);
  }
  const personColumnsSeen = new Set<number>();
  for (const { column } of people) {
    if (column >= columnCount) problems.push(`A person’s column points at column ${column + 1}, which the file does not have.`);
    const field = importFields.find((f) => mapping[f] === column);
    if (field) problems.push(`${columnName(column)} is chosen both as a person’s column and as ${fieldLabels[field]}; it can be only one.`);
    if (trainingColumnsSeen.has(column)) problems.push(`${columnName(column)} is chosen both as a person’s column and as a training column; it can be only one.`);
    if (personColumnsSeen.has(column)) problems.push(`${columnName(column)} is chosen twice as a person’s column.`);
    personColumnsSeen.add(column);
  }
  const oneDay = choices.completedOnForAll ?? null;
  const courseHeadings = choices.trainingHeadings ?? false;
  if (choices.coursePairs) {
    // Each pair names its training and holds its date, as no other of these choices lets a row.
    const others = [
      ...(choices.training !== null ? ['“All rows are this training”'] : []),
      ...(matrix.length > 0 ? ['“Each course has its own column”'] : []),
      ...(courseHeadings ? ['“Each course’s name is a heading over its rows”'] : []),
      ...(people.length > 0 ? [personColumnsChoice] : []),
      ...(oneDay !== null ? ['“All rows were completed on one day”'] : []),
    ];
    for (const other of others) problems.push(`${other} and “Each row has several courses, in pairs of columns” are both ticked; choose one.`);
  }
  if (people.length > 0) {
    if (matrix.length > 0) problems.push('“Each person has their own column” and “Each course has its own column” are both ticked; choose one.');
    if (courseHeadings) problems.push('“Each person has their own column” and “Each course’s name is a heading over its rows” are both ticked; choose one.');
    if (oneDay !== null) problems.push('“Each person has their own column” and “All rows were completed on one day” are both ticked; choose one.');
    // Each person's column holds the dates: a date column would be ignored.
    for (const field of ['completedOn', 'startedOn'] as const) {
      if (mapping[field] !== null) problems.push(`Each person has their own column, so ${fieldLabels[field]} is not used: set it to “Not in the file”.`);
    }
  }
  if (matrix.length > 0) {
    if (choices.training !== null) problems.push('“All rows are this training” and “Each course has its own column” are both ticked; choose one.');
    if (courseHeadings) problems.push('“Each course’s name is a heading over its rows” and “Each course has its own column” are both ticked; choose one.');
    if (oneDay !== null) problems.push('“All rows were completed on one day” and “Each course has its own column” are both ticked; choose one.');
    // Each row of a matrix is one person's, named in the row.
    for (const choice of memberChoices.filter((c) => c !== personColumnsChoice)) problems.push(`${choice} and “Each course has its own column” are both ticked; choose one.`);
    // Each course's column holds its date and names its training: a second source of either would be ignored.
    for (const field of ['trainingId', 'trainingTitle', 'completedOn', 'startedOn'] as const) {
      if (mapping[field] !== null) problems.push(`Each course has its own column, so ${fieldLabels[field]} is not used: set it to “Not in the file”.`);
    }
    return problems;
  }
  if (choices.training === null && !courseHeadings && mapping.trainingId === null && mapping.trainingTitle === null) {
    problems.push(
      'Choose the column that names the training (Training title or Training ID), or choose “All rows are this training”, “Each course has its own column” or “Each course’s name is a heading over its rows”: the file has none that looks like one.',
    );
  }
  if (courseHeadings) {
    chosenBesides(['trainingId', 'trainingTitle'], 'training', '“Each course’s name is a heading over its rows”');
    if (choices.training !== null) problems.push('“All rows are this training” and “Each course’s name is a heading over its rows” are both ticked; choose one.');
    if (headings) problems.push('“Each person’s name is a heading over their rows” and “Each course’s name is a heading over its rows” are both ticked; choose one.');
  }
  if (oneDay === '') problems.push('“All rows were completed on one day” is ticked: choose the day.');
  for (const field of ['completedOn', 'startedOn'] as const) {
    const column = mapping[field];
    if (oneDay !== null && column !== null) problems.push(`${columnName(column)} is chosen as the ${field === 'completedOn' ? 'completion date' : 'start date'}, and “All rows were completed on one day” is ticked; choose one.`);
  }
  // Grouped by course, each heading may give its session's day; with a column per person, each holds their dates.
  if (oneDay === null && !courseHeadings && people.length === 0 && mapping.completedOn === null) {
    problems.push('Choose the column with the completion date (Completed on), or tick “All rows were completed on one day”: the file has no column that looks like a completion date.');
  }
  return problems;
}

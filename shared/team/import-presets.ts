import { exportHeaders } from './csv-export';
import { emptyMapping, guessMapping, importFields, normaliseHeader, squeezeHeader, type ColumnMapping, type ImportField } from './csv-mapping';
import { defaultImportOptions, type ImportOptions } from './import-options';

/*
 * Export shapes recognised from their header row. Each header list comes from the
 * exporting software's own source (see tests/fixtures/imports/README.md); what a
 * preset cannot know (the course of a one-course report) the user chooses.
 */

export interface ImportPreset {
  id: string;
  name: string;
  /** Normalised headers that must all be present; a list is one of its spellings. */
  requires: (string | string[])[];
  /** Field → header spellings (normalised), first present wins. */
  columns: Partial<Record<ImportField, string[]>>;
  options: Partial<ImportOptions>;
  /**
   * The date order the software writes when no date in the file tells it (a day over 12, or
   * Moodle's own day without its leading zero: moodleDateOrder). Not a choice fixed over the
   * file's dates: the same report is day first from one site and month first from another.
   */
  dateOrderIfOpen?: 'dmy' | 'mdy';
  /** What is left for the user on the mapping screen, in their words. */
  userChooses: string;
  /**
   * Fields the preset does not find are guessed from the other headers, as for a file no preset
   * knows: for a report whose columns its author picks (report builder), or a plugin's report
   * that shares its headers ("Fullname", "Time completed" beside a plain "Course"). Not for the
   * fixed reports, whose other columns are left out on purpose (a certificate's Valid/Expired
   * status is no completion status; a course's activities are no certificate numbers).
   */
  guessTheRest?: true;
}

const FULL_NAME = ['full name', 'full name with link', 'full name with picture', 'full name with picture and link'];
// Moodle's course completion report's "Name" and "Course complete" as its language packs write them: English,
// French, Italian (whose pack says "Criteri di completamento"), Dutch, Portuguese, Brazilian Portuguese, Polish, Spanish.
const MOODLE_NAME = ['name', 'nom', 'nome', 'naam', 'imię i nazwisko', 'nombre', 'имя', '名前'];
const MOODLE_COURSE_COMPLETE = ['course complete', 'cours terminé', 'criteri di completamento', 'cursus voltooid', 'disciplina concluída', 'curso concluído', 'kurs ukończony', 'curso finalizado', 'kurs abschließen', 'курс завершен', 'コース完了', 'اكتمل المقرر'];

export const importPresets: ImportPreset[] = [
  {
    id: 'totara-course-completion',
    name: 'Totara completion import (course)',
    requires: ['username', 'courseshortname', 'completiondate'],
    // A row names its course by short name or by ID number (Totara takes either: get_shortnameoridnumber).
    columns: { memberExternalId: ['username'], trainingTitle: ['courseshortname'], trainingId: ['courseidnumber'], completedOn: ['completiondate'] },
    options: {},
    userChooses: 'Nothing, when team members carry their LMS username as ID number; hours for trainings outside the catalogue if you want them.',
  },
  {
    id: 'totara-certification-completion',
    name: 'Totara completion import (certification)',
    requires: ['username', 'certificationshortname', 'completiondate'],
    // duedate is the deadline to certify by, not an expiry: Totara works the expiry out from the
    // completion and the certification's active period (import_certification), so the file has none.
    columns: { memberExternalId: ['username'], trainingTitle: ['certificationshortname'], trainingId: ['certificationidnumber'], completedOn: ['completiondate'] },
    options: {},
    userChooses: 'As for courses. Its due date is the deadline to certify by, not an expiry, so it is not read.',
  },
  {
    id: 'moodle-course-completion',
    name: 'Moodle course completion report',
    // With the French language pack's strings too ("Nom", "Adresse de courriel", "Cours terminé").
    requires: ['id', MOODLE_NAME, MOODLE_COURSE_COMPLETE],
    columns: {
      memberName: MOODLE_NAME,
      memberEmail: ['email address', 'adresse de courriel', 'indirizzo email', 'e-mailadres', 'e-mail', 'endereço de e-mail', 'dirección email', 'dirección de correo', 'e-mail-adresse', 'адрес электронной почты', 'メールアドレス'],
      memberExternalId: ['id number', "numéro d'identification", 'codice identificativo', 'nummer (id)', 'número de identificação (id)', 'número de identificação', 'número de id', 'id-nummer', 'идентификационный номер'],
      completedOn: MOODLE_COURSE_COMPLETE,
    },
    // Moodle's English short date-time is day first ("7/03/26, 14:05"), its US English month first
    // ("03/7/26, 14:05"); people with no date have not completed.
    options: { skipRowsWithoutDate: true },
    dateOrderIfOpen: 'dmy',
    userChooses: 'The training (“All rows are this training”; the file name is offered).',
  },
  {
    id: 'moodle-report-builder-completion',
    name: 'Moodle report builder (course completion columns)',
    // The user entity's name column in any of its forms (the download's header is the column's name).
    requires: [FULL_NAME, 'time completed'],
    columns: {
      memberName: FULL_NAME,
      memberEmail: ['email address'],
      memberExternalId: ['id number', 'username'],
      trainingTitle: ['course full name with link', 'course full name', 'course short name'],
      status: ['completed'],
      completedOn: ['time completed'],
    },
    options: { skipRowsWithoutDate: true },
    userChooses: 'The training, only when the report has no course column.',
    guessTheRest: true,
  },
  {
    id: 'moodle-badges-report',
    name: 'Moodle report builder (badges)',
    // The badges source: the badge's "Name" and "Description", its recipient's name, "Date issued".
    requires: ['name', 'description', FULL_NAME, 'date issued'],
    columns: { trainingTitle: ['name'], memberName: FULL_NAME, memberEmail: ['email address'], completedOn: ['date issued'], expiresOn: ['expiry date'] },
    // A badge nobody has earned is a row with no recipient and no date.
    options: { skipRowsWithoutDate: true },
    userChooses: 'Nothing when the badges are named as the trainings are.',
    guessTheRest: true,
  },
  {
    id: 'moodle-certificate-manager',
    name: 'Moodle Certificate manager, issued certificates',
    requires: ['full name', 'date issued', 'code'],
    // Simple certificate's site-wide report has the same columns and a "Course" beside them.
    columns: { memberName: ['full name'], memberEmail: ['email address'], completedOn: ['date issued'], expiresOn: ['expiry date'], certificateNumber: ['code'], trainingTitle: ['course'] },
    options: {},
    userChooses: 'The training (the certificate’s course; the file name is offered) when no Course column names it.',
  },
  {
    id: 'moodle-custom-certificate',
    name: 'Moodle Custom certificate report',
    requires: ['full name', 'date received', 'code'],
    // The Expiry element, when the certificate has one, adds "Expires on".
    columns: { memberName: ['full name'], memberEmail: ['email address'], completedOn: ['date received'], expiresOn: ['expires on', 'expiry date'], certificateNumber: ['code'] },
    options: {},
    userChooses: 'The training (the file name is offered).',
  },
  {
    id: 'teams-attendance-report',
    name: 'Microsoft Teams meeting attendance report',
    requires: ['name', 'first join', 'last leave'],
    // The organizer and presenters ran the session; attendees took it. Hours are left to the
    // coordinator: time in the meeting is not the training's credit hours.
    columns: { memberName: ['name'], memberEmail: ['email'], completedOn: ['first join'], status: ['role'] },
    options: { completedValues: ['Attendee'] },
    userChooses: 'The date order when no day in the file is over 12; the training when the meeting title is not its name; which roles took the training (Attendee is ticked).',
  },
  {
    id: 'teams-attendance-list-2020',
    name: 'Microsoft Teams attendance list (joined and left)',
    requires: ['full name', 'user action', 'timestamp'],
    // One line per join and per leave: a join is the attendance; a second join the same day is a duplicate.
    columns: { memberName: ['full name'], completedOn: ['timestamp'], status: ['user action'] },
    options: { completedValues: ['Joined', 'Joined before'] },
    userChooses: 'The training (the file name is offered); the date order when no day is over 12. The organizer is on the list: leave out people not on the team.',
  },
  {
    id: 'zoom-participants',
    name: 'Zoom meeting participants report',
    requires: ['name (original name)', 'join time'],
    // One line per join: someone who rejoined is a duplicate of their first line. Duration is time in the meeting, not credit hours.
    columns: { memberName: ['name (original name)'], memberEmail: ['user email'], completedOn: ['join time'] },
    options: {},
    userChooses: 'The date order when no day is over 12; the training when the meeting topic is not its name.',
  },
  {
    id: 'zoom-webinar-attendees',
    name: 'Zoom webinar attendee report',
    // The attendees' section (the header is found under "Attendee Details"): one line per join, "Attended" Yes or No.
    requires: ['attended', 'user name (original name)', 'join time'],
    // People by the first and last name they registered with, not the name they showed ("Det. Priya N.").
    columns: { memberFirstName: ['first name'], memberLastName: ['last name'], memberEmail: ['email'], completedOn: ['join time'], status: ['attended'] },
    options: { completedValues: ['Yes'] },
    userChooses: 'The training when the webinar’s topic above the table is not its name.',
  },
  {
    id: 'zoom-participants-unique',
    name: 'Zoom meeting participants report (unique users)',
    requires: ['name (original name)', 'total duration (minutes)'],
    columns: { memberName: ['name (original name)'], memberEmail: ['user email'] },
    options: {},
    userChooses: 'The day, when the meeting line above the table does not tell it (“All rows were completed on one day”); the training when the meeting topic is not its name.',
  },
  {
    id: 'blackboard-collaborate-attendance',
    name: 'Blackboard Collaborate attendance report',
    requires: ['NameOfAttendee', 'AttendeeFirstJoinTime'],
    // One line per attendee of each session in the date range. Moderators and presenters ran it.
    columns: {
      memberName: ['NameOfAttendee'],
      memberEmail: ['EmailOfAttendee'],
      trainingTitle: ['SessionName'],
      status: ['AttendeeRole'],
      completedOn: ['AttendeeFirstJoinTime'],
    },
    options: { completedValues: ['Participant'] },
    userChooses: 'Nothing when the session names are the trainings’ names. Its times are UTC, so someone who joined after 7 PM Eastern (8 PM in summer) is dated the next day.',
  },
  {
    id: 'tta-navigator-export',
    name: 'TTA Navigator records export',
    requires: exportHeaders.map(normaliseHeader),
    columns: Object.fromEntries(
      importFields.filter((f) => f !== 'status' && f !== 'startedOn').map((f) => [f, [normaliseHeader(exportLabel(f))]]),
    ) as Partial<Record<ImportField, string[]>>,
    // Its rows are records as they were kept: two of one course a day apart stay two.
    options: { oneRecordPerClass: false },
    userChooses: 'Nothing.',
  },
];

function exportLabel(field: ImportField): string {
  const labels: Partial<Record<ImportField, string>> = {
    memberName: 'Member name',
    memberEmail: 'Member email',
    memberRole: 'Member role',
    memberAgency: 'Member agency',
    trainingId: 'Training ID',
    trainingTitle: 'Training title',
    provider: 'Provider',
    completedOn: 'Completed on',
    hours: 'Hours',
    certificateNumber: 'Certificate number',
    validForMonths: 'Valid for months',
    expiresOn: 'Expires on',
    notes: 'Notes',
  };
  return labels[field] ?? '';
}

/**
 * The preset whose required headers are all in the file, most specific first. Headers are
 * compared squeezed (squeezeHeader), so Moodle's JSON keys ("datereceived") find the same preset.
 */
export function findPreset(headers: readonly string[]): ImportPreset | null {
  const present = new Set(headers.map(presetKey));
  return importPresets.find((p) => p.requires.every((h) => (typeof h === 'string' ? [h] : h).some((one) => present.has(presetKey(one))))) ?? null;
}

/**
 * A header as presets compare it: squeezed, or, for one in a script squeezing drops (Russian
 * "Курс завершен", Japanese "コース完了"), normalised, so it is never the empty key every such header shares.
 */
const presetKey = (header: string): string => squeezeHeader(header) || normaliseHeader(header);

export function presetMapping(preset: ImportPreset, headers: readonly string[]): ColumnMapping {
  const squeezed = headers.map(presetKey);
  const mapping = emptyMapping();
  for (const field of importFields) {
    for (const wanted of preset.columns[field] ?? []) {
      const column = squeezed.indexOf(presetKey(wanted));
      if (column !== -1 && !Object.values(mapping).includes(column)) {
        mapping[field] = column;
        break;
      }
    }
  }
  if (!preset.guessTheRest) return mapping;
  const guessed = guessMapping(headers);
  const taken = new Set(Object.values(mapping));
  for (const field of importFields) {
    const column = guessed[field];
    if (mapping[field] !== null || column === null || taken.has(column)) continue;
    mapping[field] = column;
    taken.add(column);
  }
  return mapping;
}

export function presetOptions(preset: ImportPreset): ImportOptions {
  return { ...defaultImportOptions, ...preset.options };
}

/** The first mapping for a header row: a recognised export's, else guesses from the header names. */
export function suggestMapping(headers: readonly string[]): { mapping: ColumnMapping; options: ImportOptions; preset: ImportPreset | null } {
  const preset = findPreset(headers);
  return preset
    ? { mapping: presetMapping(preset, headers), options: presetOptions(preset), preset }
    : { mapping: guessMapping(headers), options: { ...defaultImportOptions }, preset: null };
}

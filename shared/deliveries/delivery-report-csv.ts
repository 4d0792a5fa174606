import { toCsv } from '../team/csv-cells';
import { formatPeriod } from '../util/dates';
import { figureDefinitions, type DeliveryReport } from './delivery-report';

export const REPORT_CSV_HEADER = ['Section', 'Item', 'Value', 'Definition'] as const;

/** Labels for the ids the report holds (audiences, topics) and the day it was made. */
export interface ReportWords {
  audience: (id: string) => string;
  topic: (id: string) => string;
  generatedOn: string;
}

const notRecorded = (s: string) => (s === '' ? 'Not recorded' : s);

/**
 * One table a spreadsheet can take: the period and generation date, the totals with their
 * definitions, then each breakdown and each session. Raw values; the text function makes them safe.
 */
export function deliveryReportCsvRows(report: DeliveryReport, words: ReportWords): string[][] {
  const rows: string[][] = [[...REPORT_CSV_HEADER]];
  rows.push(['Period', formatPeriod(report.period), `${report.period.start} to ${report.period.end}`, 'A session counts in the period when its first day falls in it.']);
  rows.push(['Generated', '', words.generatedOn, '']);
  rows.push(['Total', 'Sessions held', String(report.sessions), figureDefinitions.sessions]);
  rows.push(['Total', 'People trained', String(report.people), figureDefinitions.people]);
  rows.push(['Total', 'Training hours (sessions × hours)', String(report.sessionHours), figureDefinitions.sessionHours]);
  rows.push(['Total', 'Person-hours', String(report.personHours), figureDefinitions.personHours]);
  for (const a of report.byAudience) rows.push(['People by audience', a.audience === '' ? 'Not recorded' : words.audience(a.audience), String(a.people), figureDefinitions.audiences]);
  for (const a of report.byAgency) rows.push(['People by agency', notRecorded(a.agency), String(a.people), figureDefinitions.agencies]);
  for (const t of report.topics) rows.push(['Sessions by topic', words.topic(t.topic), String(t.sessions), figureDefinitions.topics]);
  for (const r of report.rows) {
    const evaluation = r.evaluationAverage === undefined ? '' : `; evaluation ${r.evaluationAverage.toFixed(2)} of 5`;
    rows.push(['Session', `${r.startDate === r.endDate ? r.startDate : `${r.startDate} to ${r.endDate}`} ${r.title}`, String(r.people), `${r.hours} hours; ${r.personHours} person-hours; ${r.where || 'place not recorded'}${evaluation}`]);
  }
  return rows;
}

export function deliveryReportCsvText(report: DeliveryReport, words: ReportWords): string {
  return toCsv(deliveryReportCsvRows(report, words));
}

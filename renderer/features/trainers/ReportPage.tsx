import { useEffect, useState } from 'react';
import type { ReportExportFormat } from '../../../shared/contract/delivery-channels';
import { figureDefinitions, type DeliveryReport } from '../../../shared/deliveries/delivery-report';
import { federalFiscalYear, quarterPeriod, type ReportPeriod } from '../../../shared/deliveries/report-periods';
import { formatDate, formatPeriod, isIsoDate, localIsoDate } from '../../../shared/util/dates';
import { DataGate } from '../../app/DataGate';
import { errorMessage } from '../../app/errors';
import { ExportButtons } from '../../components/ExportButtons';
import { Field } from '../../components/Field';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { deliveryReport, exportReport } from './deliveries-actions';

const reportFormats: { format: ReportExportFormat; label: string }[] = [
  { format: 'csv', label: 'Export report CSV' },
  { format: 'pdf', label: 'Export report PDF' },
];

type Choice = { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 } | { kind: 'fiscal'; fy: number } | { kind: 'custom'; start: string; end: string };

function periodOf(c: Choice): ReportPeriod | null {
  if (c.kind === 'quarter') return quarterPeriod(c.year, c.quarter);
  if (c.kind === 'fiscal') return federalFiscalYear(c.fy);
  return isIsoDate(c.start) && isIsoDate(c.end) && c.start <= c.end ? { start: c.start, end: c.end } : null;
}

export function ReportPage() {
  return <DataGate>{(loaded) => <Report loaded={loaded} />}</DataGate>;
}

function Report({ loaded }: { loaded: LoadedCatalogue }) {
  const today = localIsoDate(new Date());
  const year = Number(today.slice(0, 4));
  const [choice, setChoice] = useState<Choice>({ kind: 'quarter', year, quarter: (Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4 });
  const [report, setReport] = useState<DeliveryReport | null>(null);
  const [error, setError] = useState('');
  const period = periodOf(choice);
  const periodKey = period ? `${period.start}/${period.end}` : '';
  const vocab = loaded.catalogue.vocabularies;
  const audience = (id: string) => (id === '' ? 'Not recorded' : (vocab.audiences.find((a) => a.id === id)?.label ?? id));
  const topic = (id: string) => vocab.topics.find((t) => t.id === id)?.label ?? id;

  useEffect(() => {
    const [start, end] = periodKey.split('/');
    if (!start || !end) return;
    let live = true;
    deliveryReport({ start, end })
      .then((r) => live && (setReport(r), setError('')))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [periodKey]);

  const years = Array.from({ length: 8 }, (_, i) => year + 1 - i);

  return (
    <div className="page delivery-report">
      <h1>Delivery report</h1>
      <p className="lead">What your team delivered in a period, as a grant performance report asks for it.</p>
      <section className="card report-period" aria-label="Period">
        <div className="segmented" role="group" aria-label="Kind of period">
          <button type="button" className="segmented__item" aria-pressed={choice.kind === 'quarter'} onClick={() => setChoice({ kind: 'quarter', year, quarter: 1 })}>
            Quarter
          </button>
          <button type="button" className="segmented__item" aria-pressed={choice.kind === 'fiscal'} onClick={() => setChoice({ kind: 'fiscal', fy: year })}>
            Fiscal year
          </button>
          <button type="button" className="segmented__item" aria-pressed={choice.kind === 'custom'} onClick={() => setChoice({ kind: 'custom', start: `${year}-01-01`, end: today })}>
            Custom
          </button>
        </div>
        <div className="form__grid">
          {choice.kind === 'quarter' ? (
            <>
              <Field id="report-year" label="Year">
                {(aria) => (
                  <select {...aria} value={choice.year} onChange={(e) => setChoice({ ...choice, year: Number(e.target.value) })}>
                    {years.map((y) => (
                      <option key={y} value={y}>
                        {y}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id="report-quarter" label="Quarter">
                {(aria) => (
                  <select {...aria} value={choice.quarter} onChange={(e) => setChoice({ ...choice, quarter: Number(e.target.value) as 1 | 2 | 3 | 4 })}>
                    <option value={1}>Q1 (Jan–Mar)</option>
                    <option value={2}>Q2 (Apr–Jun)</option>
                    <option value={3}>Q3 (Jul–Sep)</option>
                    <option value={4}>Q4 (Oct–Dec)</option>
                  </select>
                )}
              </Field>
            </>
          ) : choice.kind === 'fiscal' ? (
            <Field id="report-fy" label="Federal fiscal year (Oct 1 – Sep 30)">
              {(aria) => (
                <select {...aria} value={choice.fy} onChange={(e) => setChoice({ kind: 'fiscal', fy: Number(e.target.value) })}>
                  {years.map((y) => (
                    <option key={y} value={y}>
                      FY{y}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <>
              <Field id="report-start" label="From">
                {(aria) => <input {...aria} type="date" value={choice.start} onChange={(e) => setChoice({ ...choice, start: e.target.value })} />}
              </Field>
              <Field id="report-end" label="To" error={period ? undefined : 'The period must end on or after its start'}>
                {(aria) => <input {...aria} type="date" value={choice.end} onChange={(e) => setChoice({ ...choice, end: e.target.value })} />}
              </Field>
            </>
          )}
        </div>
        {period ? <p data-testid="report-period">Period: {formatPeriod(period)}</p> : null}
        {period ? <ExportButtons formats={reportFormats} onExport={(format) => exportReport(period, format)} /> : null}
      </section>

      {error ? (
        <p className="banner banner--error" role="alert">
          The report could not be made: {error}
        </p>
      ) : !report ? (
        <p aria-busy="true">Counting…</p>
      ) : (
        <>
          <dl className="report-figures" data-testid="report-figures">
            <Figure label="Sessions held" value={report.sessions} definition={figureDefinitions.sessions} />
            <Figure label="People trained" value={report.people} definition={figureDefinitions.people} />
            <Figure label="Training hours" value={report.sessionHours} definition={figureDefinitions.sessionHours} />
            <Figure label="Person-hours" value={report.personHours} definition={figureDefinitions.personHours} />
          </dl>
          <Bars title="People trained by audience" column="Audience" testId="by-audience" rows={report.byAudience.map((a) => ({ label: audience(a.audience), value: a.people }))} note={figureDefinitions.audiences} unit="people" />
          <Bars title="People trained by agency" column="Agency" testId="by-agency" rows={report.byAgency.map((a) => ({ label: a.agency || 'Not recorded', value: a.people }))} note={figureDefinitions.agencies} unit="people" />
          <Bars title="Topics covered" column="Topic" testId="by-topic" rows={report.topics.map((t) => ({ label: topic(t.topic), value: t.sessions }))} note={figureDefinitions.topics} unit="sessions" />
          <section className="card" aria-labelledby="sessions-title">
            <h2 id="sessions-title">Sessions</h2>
            {report.rows.length === 0 ? (
              <p className="empty">No sessions were delivered in this period.</p>
            ) : (
              <table className="table" data-testid="report-sessions">
                <thead>
                  <tr>
                    <th scope="col">Dates</th>
                    <th scope="col">Training</th>
                    <th scope="col">Where</th>
                    <th scope="col">Hours</th>
                    <th scope="col">People</th>
                    <th scope="col">Person-hours</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((r) => (
                    <tr key={r.id}>
                      <td>{r.startDate === r.endDate ? formatDate(r.startDate) : `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`}</td>
                      <th scope="row">{r.title}</th>
                      <td>{r.where || '—'}</td>
                      <td>{r.hours}</td>
                      <td>{r.people}</td>
                      <td>{r.personHours}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function Figure({ label, value, definition }: { label: string; value: number; definition: string }) {
  return (
    <div className="report-figure">
      <dt>{label}</dt>
      <dd>
        <span className="report-figure__value">{value}</span>
        <span className="report-figure__definition">{definition}</span>
      </dd>
    </div>
  );
}

/**
 * A table with a plain CSS bar in each row: the numbers are in the table for screen readers
 * and copying; the bar (hidden from assistive technology) only shows the proportions.
 */
function Bars({ title, column, rows, note, unit, testId }: { title: string; column: string; rows: { label: string; value: number }[]; note: string; unit: string; testId: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const id = `${testId}-title`;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted">{note}</p>
      {rows.length === 0 ? (
        <p className="empty">Nothing in this period.</p>
      ) : (
        <table className="table report-bars" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{column}</th>
              <th scope="col">{unit === 'people' ? 'People' : 'Sessions'}</th>
              <th scope="col">
                <span className="visually-hidden">Bar</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                <td>{r.value}</td>
                <td className="report-bars__cell" aria-hidden="true">
                  <span className="report-bars__bar" style={{ width: `${(r.value / max) * 100}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

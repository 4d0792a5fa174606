import { useMemo } from 'react';
import { Link } from 'react-router';
import { matchesStatusFilter } from '../../../shared/team/status';
import { normaliseText } from '../../../shared/team/matching';
import { useTeamIndex } from './team-data';
import { RecordsList } from './RecordsList';
import { StatusFilterSelect, useStatusFilter } from './StatusFilterSelect';
import { useParam } from '../../components/use-param';
import { ExportButton } from './ExportButton';
import { formatNumber } from '../../components/format-number';
import { plural } from '../../components/format-count';

/** Every completion of the team, newest first, filtered by status and text. */
export function RecordsPage() {
  const index = useTeamIndex();
  const [status, setStatus] = useStatusFilter();
  const [q, setQ] = useParam('q', '');
  const shown = useMemo(() => {
    const needle = normaliseText(q);
    return index.rows.filter(
      (r) => matchesStatusFilter(r.status, status) && (needle === '' || normaliseText(`${r.member?.name ?? ''} ${r.title} ${r.providerName}`).includes(needle)),
    );
  }, [index, status, q]);

  return (
    <div className="page">
      <header className="page-header">
        <h1>Training records</h1>
        <div className="actions">
          <Link className="button button--primary" to="/team/record">
            Record completion
          </Link>
          <ExportButton label="Export all records (CSV)" />
          <ExportButton label="Export all certificates (ZIP)" what="certificates" />
        </div>
      </header>
      <section aria-labelledby="records-title" className="list-section">
        <h2 id="records-title" className="visually-hidden">
          Records
        </h2>
        <div className="filters">
          <label className="field field--inline">
            <span>Find</span>
            <input type="search" value={q} placeholder="Member, training or provider" onChange={(e) => setQ(e.target.value)} />
          </label>
          <StatusFilterSelect id="records-status" value={status} onChange={setStatus} />
        </div>
        <p className="results-summary" aria-live="polite">
          {plural(shown.length, 'record')} shown of {formatNumber(index.rows.length)}
        </p>
        <RecordsList rows={shown} showMember label="Training records" empty={index.rows.length === 0 ? 'No training records yet.' : 'No record matches these filters.'} />
      </section>
    </div>
  );
}

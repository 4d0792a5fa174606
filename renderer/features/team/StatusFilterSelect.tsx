import { isStatusFilter, statusFilters, type StatusFilter } from '../../../shared/team/status';
import { useParam } from '../../components/use-param';

/** The status filter, kept in the URL (?status=…). */
export function useStatusFilter(): [StatusFilter, (value: StatusFilter) => void] {
  const [value, set] = useParam('status', 'all');
  return [isStatusFilter(value) ? value : 'all', set];
}

export function StatusFilterSelect({ id, value, onChange }: { id: string; value: StatusFilter; onChange(value: StatusFilter): void }) {
  return (
    <label className="field field--inline" htmlFor={id}>
      <span>Status</span>
      <select id={id} value={value} onChange={(e) => onChange(isStatusFilter(e.target.value) ? e.target.value : 'all')}>
        {statusFilters.map((f) => (
          <option key={f.id} value={f.id}>
            {f.label}
          </option>
        ))}
      </select>
    </label>
  );
}

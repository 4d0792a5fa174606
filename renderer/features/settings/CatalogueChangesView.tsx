import type { CatalogueChanges, NamedRecord, ValueChange } from '../../../shared/catalogue/catalogue-changes';
import { plural } from '../../components/format-count';

function Records({ title, records }: { title: string; records: NamedRecord[] }) {
  if (records.length === 0) return null;
  return (
    <details open={records.length <= 10}>
      <summary>
        {title}: {plural(records.length, 'training')}
      </summary>
      <ul>
        {records.map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
      </ul>
    </details>
  );
}

function Values({ title, changes }: { title: string; changes: ValueChange[] }) {
  if (changes.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Record</th>
            <th scope="col">What</th>
            <th scope="col">Now</th>
            <th scope="col">After the switch</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={`${c.recordId}:${c.field}`}>
              <td>{c.record}</td>
              <td>{c.field}</td>
              <td>{c.before ?? '—'}</td>
              <td>
                <strong>{c.after ?? '—'}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Everything a catalogue switch changes that a forger would want to slip in: read before agreeing. */
export function CatalogueChangesView({ changes }: { changes: CatalogueChanges }) {
  const none = Object.values(changes).every((list) => list.length === 0);
  if (none) return <p>No training, contact, e-mail address or link host changes.</p>;
  return (
    <div data-testid="catalogue-changes">
      <Records title="Added" records={changes.added} />
      <Records title="Removed" records={changes.removed} />
      <Records title="Retired (in your records or plans, no longer in the catalogue)" records={changes.retired} />
      <Values title="Changed contacts and how to request" changes={changes.contacts} />
      <Values title="Changed e-mail addresses" changes={changes.emails} />
      <Values title="Changed link hosts (where links lead)" changes={changes.linkHosts} />
    </div>
  );
}

import { useEffect, useState } from 'react';
import { peopleAt } from '../../../shared/deliveries/delivery-report';
import { formatDate } from '../../../shared/util/dates';
import { DataGate } from '../../app/DataGate';
import { ListState } from '../../components/ListState';
import { notifyError } from '../../app/notice-store';
import { loadCurricula } from './curricula-actions';
import { useCurriculaStore } from './curricula-store';
import { deleteDelivery, loadDeliveries, recordCompletionsFor, recordDelivery, saveDelivery } from './deliveries-actions';
import { useDeliveriesStore } from './deliveries-store';
import { DeliveryForm } from './DeliveryForm';

export function DeliveriesPage() {
  const list = useDeliveriesStore((s) => s.list);
  const error = useDeliveriesStore((s) => s.error);
  const curricula = useCurriculaStore((s) => s.list);
  const [recording, setRecording] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = list?.find((d) => d.id === editingId) ?? null;

  useEffect(() => {
    void loadDeliveries();
    void loadCurricula();
  }, []);

  return (
    <div className="page deliveries">
      <div className="plan-header">
        <h1>Deliveries</h1>
        {!recording ? (
          <button type="button" className="button button--primary" onClick={() => setRecording(true)}>
            Record a delivery
          </button>
        ) : null}
      </div>
      <p className="lead">Each time a curriculum, or a catalogue training your team hosted, was delivered: when, where, for how long and to whom.</p>

      {recording ? (
        <section className="card" aria-labelledby="new-delivery-title">
          <h2 id="new-delivery-title">Record a delivery</h2>
          <DataGate team>
            {(loaded) => (
              <DeliveryForm
                curricula={curricula ?? []}
                loaded={loaded}
                onSubmit={async (fields) => {
                  await recordDelivery(fields);
                  setRecording(false);
                }}
              />
            )}
          </DataGate>
        </section>
      ) : null}

      {editing ? (
        <section className="card" aria-labelledby="edit-delivery-title">
          <h2 id="edit-delivery-title">Edit the delivery of {editing.subject.title}</h2>
          <DataGate team>
            {(loaded) => (
              <DeliveryForm
                key={editing.id}
                curricula={curricula ?? []}
                loaded={loaded}
                initial={editing}
                submitLabel="Save changes"
                onSubmit={async (fields) => {
                  await saveDelivery(editing, fields);
                  setEditingId(null);
                }}
              />
            )}
          </DataGate>
          <button type="button" className="button" onClick={() => setEditingId(null)}>
            Cancel editing
          </button>
        </section>
      ) : null}

      <ListState items={list} error={error} what="deliveries" empty="No deliveries recorded yet.">
        {(list) => (
          <table className="table" data-testid="deliveries">
            <caption className="visually-hidden">Deliveries, most recent first</caption>
            <thead>
              <tr>
                <th scope="col">Dates</th>
                <th scope="col">What</th>
                <th scope="col">Where</th>
                <th scope="col">Hours</th>
                <th scope="col">People</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...list]
                .sort((a, b) => b.startDate.localeCompare(a.startDate))
                .map((d) => {
                  const members = d.attendance.kind === 'list' ? d.attendance.attendees.filter((a) => a.memberId).length : 0;
                  return (
                    <tr key={d.id}>
                      <td>{d.startDate === d.endDate ? formatDate(d.startDate) : `${formatDate(d.startDate)} – ${formatDate(d.endDate)}`}</td>
                      <th scope="row">{d.subject.title}</th>
                      <td>{d.online ? `Online${d.location ? ` (${d.location})` : ''}` : d.location || '—'}</td>
                      <td>{d.hours}</td>
                      <td>{peopleAt(d)}</td>
                      <td className="button-row">
                        {members > 0 ? (
                          <button type="button" className="button" onClick={() => void recordCompletionsFor(d).catch(notifyError)} aria-label={`Record the completion for the ${members} team members at ${d.subject.title}`}>
                            Record completions ({members})
                          </button>
                        ) : null}
                        <button type="button" className="button" onClick={() => setEditingId(d.id)} aria-label={`Edit the delivery of ${d.subject.title} on ${formatDate(d.startDate)}`}>
                          Edit
                        </button>
                        <button type="button" className="button" onClick={() => void deleteDelivery(d).catch(notifyError)} aria-label={`Delete the delivery of ${d.subject.title} on ${formatDate(d.startDate)}`}>
                          Delete
                        </button>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        )}
      </ListState>
    </div>
  );
}

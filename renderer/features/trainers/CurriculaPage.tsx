import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatMinutes, lengthWarning, moduleMinutes } from '../../../shared/curricula/curriculum-length';
import { DataGate } from '../../app/DataGate';
import { ListState } from '../../components/ListState';
import { notifyError } from '../../app/notice-store';
import { createCurriculum, deleteCurriculum, duplicateCurriculum, loadCurricula } from './curricula-actions';
import { useCurriculaStore } from './curricula-store';
import { CurriculumForm } from './CurriculumForm';

export function CurriculaPage() {
  const navigate = useNavigate();
  const list = useCurriculaStore((s) => s.list);
  const error = useCurriculaStore((s) => s.error);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void loadCurricula();
  }, []);

  return (
    <div className="page curricula">
      <div className="plan-header">
        <h1>Curricula</h1>
        {!creating ? (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New curriculum
          </button>
        ) : null}
      </div>
      <p className="lead">Compose a course of your own from modules and materials, lay it on days, and export the agenda.</p>

      {creating ? (
        <section className="card" aria-labelledby="new-curriculum-title">
          <h2 id="new-curriculum-title">New curriculum</h2>
          <DataGate>
            {(loaded) => (
              <CurriculumForm
                initial={{}}
                audiences={loaded.catalogue.vocabularies.audiences}
                formats={loaded.catalogue.vocabularies.formats}
                startFrom={list ?? []}
                submitLabel="Create curriculum"
                onCancel={() => setCreating(false)}
                onSubmit={async (fields, fromId) => {
                  const created = await createCurriculum(fields, fromId);
                  await navigate(`/trainers/curricula/${created.id}`);
                }}
              />
            )}
          </DataGate>
        </section>
      ) : null}

      <ListState items={list} error={error} what="curricula" empty="No curricula yet. Choose “New curriculum” to write your first.">
        {(list) => (
          <ul className="curriculum-list">
            {list.map((c) => (
              <li key={c.id} className="card curriculum-list__item" data-testid="curriculum-row">
                <h2>
                  <Link to={`/trainers/curricula/${c.id}`}>{c.title}</Link>
                </h2>
                <p className="muted">
                  {c.modules.length === 1 ? '1 module' : `${c.modules.length} modules`} · {formatMinutes(moduleMinutes(c))}
                  {c.days.length > 0 ? ` · ${c.days.length === 1 ? '1 day' : `${c.days.length} days`} scheduled` : ''}
                </p>
                {lengthWarning(c) ? <p className="curriculum-warning">{lengthWarning(c)}</p> : null}
                <div className="button-row">
                  <button type="button" className="button" onClick={() => void duplicateCurriculum(c).catch(notifyError)} aria-label={`Duplicate ${c.title}`}>
                    Duplicate
                  </button>
                  <button type="button" className="button" onClick={() => void deleteCurriculum(c).catch(notifyError)} aria-label={`Delete ${c.title}`}>
                    Delete
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </ListState>
    </div>
  );
}

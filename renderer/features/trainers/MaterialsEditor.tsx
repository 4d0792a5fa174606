import { useId, useMemo, useState } from 'react';
import type { Material } from '../../../shared/model/curriculum';
import { materialSchema } from '../../../shared/model/curriculum';
import { materialKindLabels, materialLookupFor, resolveMaterial } from '../../../shared/curricula/materials';
import { Field } from '../../components/Field';
import { ExternalLink } from '../../components/ExternalLink';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';

type Kind = Material['kind'];

/** A module's materials: catalogue trainings and resources, or custom items with a link or a note. */
export function MaterialsEditor({ materials, onChange, loaded }: { materials: Material[]; onChange: (next: Material[]) => void; loaded: LoadedCatalogue }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>('training');
  const [choice, setChoice] = useState('');
  const [custom, setCustom] = useState({ title: '', link: '', note: '' });
  const [problem, setProblem] = useState('');
  const lookup = useMemo(() => materialLookupFor(loaded.catalogue), [loaded]);
  const trainings = useMemo(() => [...loaded.catalogue.trainings].filter((t) => t.status !== 'historical').sort((a, b) => a.title.localeCompare(b.title)), [loaded]);
  const resources = useMemo(() => [...loaded.catalogue.resources].sort((a, b) => a.title.localeCompare(b.title)), [loaded]);

  function add() {
    let candidate: unknown;
    if (kind === 'training') candidate = { kind, trainingId: choice, title: lookup.training(choice)?.title ?? choice };
    else if (kind === 'resource') candidate = { kind, resourceId: choice, title: lookup.resource(choice)?.title ?? choice };
    else candidate = { kind, title: custom.title, note: custom.note, ...(custom.link.trim() ? { link: custom.link.trim() } : {}) };
    const parsed = materialSchema.safeParse(candidate);
    if (!parsed.success) {
      setProblem(kind === 'custom' ? parsed.error.issues.map((i) => i.message).join('. ') : 'Choose an item from the list.');
      return;
    }
    setProblem('');
    onChange([...materials, parsed.data]);
    setChoice('');
    setCustom({ title: '', link: '', note: '' });
  }

  return (
    <fieldset className="materials">
      <legend>Materials</legend>
      {materials.length === 0 ? <p className="muted">No materials yet.</p> : null}
      <ul className="materials__list">
        {materials.map((m, i) => {
          const r = resolveMaterial(m, lookup);
          return (
            <li key={`${i}-${r.title}`}>
              <span className="badge">{r.retired ? 'Retired' : materialKindLabels[m.kind]}</span> {r.title}
              {r.link ? (
                <>
                  {' '}
                  <ExternalLink href={r.link}>source</ExternalLink>
                </>
              ) : null}
              {r.note ? <span className="muted"> — {r.note}</span> : null}{' '}
              <button type="button" className="button button--small" onClick={() => onChange(materials.filter((_, j) => j !== i))} aria-label={`Remove material ${r.title}`}>
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      <div className="materials__add">
        <Field id={`${id}-kind`} label="Add a material">
          {(aria) => (
            <select {...aria} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              <option value="training">Catalogue training</option>
              <option value="resource">Catalogue resource (report, toolkit, guide)</option>
              <option value="custom">Custom item with a link or a note</option>
            </select>
          )}
        </Field>
        {kind === 'custom' ? (
          <div className="form__grid">
            <Field id={`${id}-ctitle`} label="Material title">
              {(aria) => <input {...aria} value={custom.title} onChange={(e) => setCustom({ ...custom, title: e.target.value })} maxLength={300} />}
            </Field>
            <Field id={`${id}-clink`} label="Link (https)">
              {(aria) => <input {...aria} type="url" value={custom.link} onChange={(e) => setCustom({ ...custom, link: e.target.value })} />}
            </Field>
            <Field id={`${id}-cnote`} label="Note">
              {(aria) => <input {...aria} value={custom.note} onChange={(e) => setCustom({ ...custom, note: e.target.value })} maxLength={2000} />}
            </Field>
          </div>
        ) : (
          <Field id={`${id}-choice`} label={kind === 'training' ? 'Training' : 'Resource'}>
            {(aria) => (
              <select {...aria} value={choice} onChange={(e) => setChoice(e.target.value)}>
                <option value="">Choose…</option>
                {(kind === 'training' ? trainings : resources).map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="button" className="button" onClick={add}>
          Add material
        </button>
      </div>
    </fieldset>
  );
}

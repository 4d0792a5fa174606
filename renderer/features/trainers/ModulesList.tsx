import { useState } from 'react';
import type { Curriculum } from '../../../shared/model/curriculum';
import { methodLabels } from '../../../shared/curricula/agenda';
import { formatMinutes } from '../../../shared/curricula/curriculum-length';
import { notifyError } from '../../app/notice-store';
import { ReorderableList } from '../../components/ReorderableList';
import type { LoadedCatalogue } from '../catalogue/catalogue-store';
import { moveModule, removeModule, updateModule } from './curricula-actions';
import { ModuleForm } from './ModuleForm';

/**
 * The modules in order. Reorder by dragging a module, with Alt+Arrow keys on its handle,
 * or with the Move buttons (the same building block as plan items); each move is announced.
 */
export function ModulesList({ curriculum, loaded }: { curriculum: Curriculum; loaded: LoadedCatalogue }) {
  const [editing, setEditing] = useState<string | null>(null);
  const { modules } = curriculum;

  if (modules.length === 0) return <p className="empty">No modules yet. Add the first one below.</p>;

  return (
    <ReorderableList
      items={modules}
      keyOf={(m) => m.id}
      titleOf={(m) => m.title}
      onMove={(from, to) => void moveModule(curriculum, from, to).catch(notifyError)}
      helpId="module-reorder-help"
      help="To reorder, drag a module by its handle, or focus the handle and press Alt+Up or Alt+Down."
      testId="curriculum-module"
      heading={(m) => ({
        title: m.title,
        under: (
          <p className="muted">
            {formatMinutes(m.minutes)} · {methodLabels[m.method]}
            {m.presenter ? ` · ${m.presenter}` : ''}
            {m.materials.length > 0 ? ` · ${m.materials.length === 1 ? '1 material' : `${m.materials.length} materials`}` : ''}
          </p>
        ),
      })}
      actions={(m) => (
        <>
          <button type="button" className="button" onClick={() => setEditing(editing === m.id ? null : m.id)} aria-expanded={editing === m.id} aria-label={`Edit ${m.title}`}>
            Edit
          </button>
          <button type="button" className="button" onClick={() => void removeModule(curriculum, m.id).catch(notifyError)} aria-label={`Remove ${m.title}`}>
            Remove
          </button>
        </>
      )}
      body={(m) =>
        editing === m.id ? (
          <ModuleForm
            initial={m}
            loaded={loaded}
            submitLabel="Save module"
            onCancel={() => setEditing(null)}
            onSubmit={async (fields) => {
              await updateModule(curriculum, m.id, fields);
              setEditing(null);
            }}
          />
        ) : m.objectives ? (
          <p className="module-objectives">{m.objectives}</p>
        ) : null
      }
    />
  );
}

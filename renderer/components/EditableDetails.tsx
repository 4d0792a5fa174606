import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * The top of an editor page (a plan, a curriculum): the way back, an eyebrow line, the title with
 * *Edit details*, a mark beside it (a sharing conflict), then either the overview or the details
 * form in its place. `form` gets `close` to call once saved or cancelled.
 */
export function EditableDetails({
  back,
  eyebrow,
  titleId,
  title,
  detailsTitle,
  mark,
  form,
  children,
}: {
  back: { to: string; label: string };
  eyebrow: ReactNode;
  titleId: string;
  title: string;
  detailsTitle: string;
  mark: ReactNode;
  form: (close: () => void) => ReactNode;
  children: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  return (
    <>
      <Link className="back" to={back.to}>
        ← {back.label}
      </Link>
      <p className="eyebrow">{eyebrow}</p>
      <div className="plan-header">
        <h1 id={titleId}>{title}</h1>
        {!editing ? (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit details
          </button>
        ) : null}
      </div>
      {mark}

      {editing ? (
        <section className="card" aria-labelledby="details-title">
          <h2 id="details-title">{detailsTitle}</h2>
          {form(() => setEditing(false))}
        </section>
      ) : (
        <section className="card" aria-labelledby="overview-title">
          <h2 id="overview-title" className="visually-hidden">
            Overview
          </h2>
          {children}
        </section>
      )}
    </>
  );
}

import type { Ref } from 'react';

export interface FieldError {
  /** id of the input to focus, or '' for a problem with the whole form. */
  fieldId: string;
  label: string;
  message: string;
}

/**
 * The summary at the top of a form after a failed submit: what was wrong and where,
 * each entry a button that moves focus to its field. It takes focus itself so a
 * screen reader reads it out.
 */
export function FormErrors({
  errors,
  title = 'Please fix the following',
  details = [],
  ref,
}: {
  errors: FieldError[];
  title?: string;
  details?: string[];
  ref?: Ref<HTMLDivElement>;
}) {
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="banner banner--error form-errors" role="alert" tabIndex={-1}>
      <h2 className="form-errors__title">{title}</h2>
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.fieldId}-${i}`}>
            {e.fieldId ? (
              <button type="button" className="link-button" onClick={() => document.getElementById(e.fieldId)?.focus()}>
                {e.label}
              </button>
            ) : (
              <strong>{e.label}</strong>
            )}
            : {e.message}
          </li>
        ))}
      </ul>
      {details.length > 0 ? (
        <ul className="form-errors__details">
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The first message for a field, for aria-describedby'd inline errors. */
export function errorFor(errors: FieldError[], fieldId: string): string | undefined {
  return errors.find((e) => e.fieldId === fieldId)?.message;
}

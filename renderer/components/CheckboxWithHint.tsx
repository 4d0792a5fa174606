import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  hint: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
}

/** A checkbox whose hint below it is announced with it. */
export function CheckboxWithHint({ id, label, hint, checked, onChange }: Props) {
  return (
    <>
      <label className="check">
        <input type="checkbox" id={id} aria-describedby={`${id}-hint`} checked={checked} onChange={(e) => onChange(e.target.checked)} />
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
    </>
  );
}

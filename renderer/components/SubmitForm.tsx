import type { ReactNode } from 'react';

/**
 * A form the app checks itself (noValidate: its own messages, in words, beside the field) and
 * that never reloads the page on submit.
 */
export function SubmitForm(props: { labelledBy: string; onSubmit: () => void; className?: string; children: ReactNode }) {
  return (
    <form
      className={props.className ?? 'form'}
      aria-labelledby={props.labelledBy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.children}
    </form>
  );
}

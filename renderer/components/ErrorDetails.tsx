import type { ReactNode } from 'react';

/** A refusal the user should read: the message, then the first problems (file, record, field) as a list. */
export function ErrorDetails({ message, details, testId }: { message: ReactNode; details?: readonly string[] | undefined; testId?: string }) {
  return (
    <div className="banner banner--error" role="alert">
      <p>{message}</p>
      {details && details.length > 0 ? (
        <ul data-testid={testId}>
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

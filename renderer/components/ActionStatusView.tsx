import type { ActionStatus } from './use-action-status';
import { ErrorDetails } from './ErrorDetails';

/** What a panel's action did (announced politely), or what was wrong and where (an alert with the details). */
export function ActionStatusView({ status, testId, detailsTestId }: { status: ActionStatus; testId?: string; detailsTestId?: string }) {
  return (
    <>
      <div role="status" data-testid={testId}>
        {status.kind === 'done' ? <p className="success">{status.text}</p> : null}
      </div>
      {status.kind === 'failed' ? <ErrorDetails message={status.text} details={status.details} {...(detailsTestId ? { testId: detailsTestId } : {})} /> : null}
    </>
  );
}

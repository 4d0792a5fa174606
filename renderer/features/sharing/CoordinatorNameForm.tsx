import { useState } from 'react';
import { ActionStatusView } from '../../components/ActionStatusView';
import { Field } from '../../components/Field';
import { useActionStatus } from '../../components/use-action-status';
import { SubmitForm } from '../../components/SubmitForm';
import { coordinatorNameSchema } from '../../../shared/model/sync-status';
import { setCoordinatorName } from './sharing-actions';

/** Your name as coordinator, set once: every change you make is recorded as yours. */
export function CoordinatorNameForm({ current }: { current: string | null }) {
  const [status, run] = useActionStatus();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();

  if (current) {
    return (
      <div className="sharing__name">
        <h3 id="sharing-name-title">Your name</h3>
        <p>
          Your changes are recorded as made by <strong data-testid="coordinator-name">{current}</strong>.
        </p>
      </div>
    );
  }
  const save = () => {
    const checked = coordinatorNameSchema.safeParse(name);
    if (!checked.success) {
      setProblem(`${checked.error.issues[0]?.message ?? 'Enter your name'}.`);
      return;
    }
    setProblem(undefined);
    void run(() => setCoordinatorName(name));
  };
  return (
    <SubmitForm labelledBy="sharing-name-title" onSubmit={save}>
      <h3 id="sharing-name-title">Your name</h3>
      <Field
        id="coordinator-name"
        label="Your name as coordinator"
        hint="Shown to the other coordinators next to every change you make. You set it once."
        error={problem}
        required
      >
        {(aria) => <input {...aria} autoComplete="name" maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={status.kind === 'busy'}>
          Save my name
        </button>
      </div>
      <ActionStatusView status={status} />
    </SubmitForm>
  );
}

import { useState } from 'react';
import type { SyncStatus } from '../../../shared/model/sync-status';
import { serverUrlProblem } from '../../../shared/util/server-url';
import { ActionStatusView } from '../../components/ActionStatusView';
import { Field } from '../../components/Field';
import { useActionStatus, type ActionStatus } from '../../components/use-action-status';
import { SubmitForm } from '../../components/SubmitForm';
import { connectServer, disconnectServer, syncNow } from './sharing-actions';
import { describePending, describeProblem, describeSyncState } from './status-words';

type Problems = { url?: string; user?: string; password?: string };

/** The server: connect with your user name and password, see how sharing is going, disconnect. */
export function ServerConnection({ status }: { status: SyncStatus }) {
  const [action, run] = useActionStatus();
  const busy = action.kind === 'busy';
  if (status.serverUrl === null) return <ConnectForm run={run} busy={busy} action={action} />;

  const pending = describePending(status);
  const problem = describeProblem(status);
  return (
    <div className="sharing__server">
      <h3 id="sharing-server-title">Server</h3>
      <p>
        Connected to <span className="path">{status.serverUrl}</span>
        {status.user ? (
          <>
            {' '}
            as <strong>{status.user}</strong>
          </>
        ) : null}
        .
      </p>
      <div role="status" data-testid="sync-state">
        <p>{describeSyncState(status)}</p>
        {pending ? <p>{pending}</p> : null}
      </div>
      {problem ? (
        <div className="banner banner--warning" role="alert" data-testid="sync-problem">
          {problem}
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void run(syncNow)}>
          Sync now
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void run(disconnectServer)}>
          Disconnect
        </button>
      </div>
      <ActionStatusView status={action} testId="server-action-status" />
    </div>
  );
}

function ConnectForm({ run, busy, action }: { run: (work: () => Promise<string | null>) => Promise<void>; busy: boolean; action: ActionStatus }) {
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problems>({});

  const connect = () => {
    const found: Problems = {};
    const urlProblem = serverUrlProblem(url.trim());
    if (urlProblem) found.url = `${urlProblem}.`;
    if (user.trim() === '') found.user = 'Enter the user name you were given for the server.';
    if (password === '') found.password = 'Enter your password for the server.';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void run(async () => {
      const text = await connectServer({ url: url.trim(), user: user.trim(), password });
      setPassword('');
      return text;
    });
  };

  return (
    <SubmitForm labelledBy="sharing-server-title" onSubmit={connect}>
      <h3 id="sharing-server-title">Share through a server</h3>
      <p className="muted">
        If your agency runs a server for the task force, connect once: changes then go both ways by themselves whenever this computer is online,
        and wait here while it is not.
      </p>
      <Field
        id="server-url"
        label="Server address"
        hint="It must start with https://, so your records are encrypted on the way. Only a server on this computer may use http://."
        error={problems.url}
        required
      >
        {(aria) => <input {...aria} type="url" inputMode="url" autoComplete="url" spellCheck={false} value={url} onChange={(e) => setUrl(e.target.value)} />}
      </Field>
      <Field id="server-user" label="User name on the server" error={problems.user} required>
        {(aria) => <input {...aria} autoComplete="username" spellCheck={false} value={user} onChange={(e) => setUser(e.target.value)} />}
      </Field>
      <Field id="server-password" label="Password on the server" hint="Kept encrypted on this computer and never shown again." error={problems.password} required>
        {(aria) => <input {...aria} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          Connect
        </button>
      </div>
      <ActionStatusView status={action} testId="server-action-status" />
    </SubmitForm>
  );
}

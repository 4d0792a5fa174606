import { useEffect, useState, type FormEvent } from 'react';
import { groupedFingerprint } from '../../../shared/catalogue/fingerprint';
import type { PublisherInfo } from '../../../shared/model/catalogue-review';
import { errorDetails, errorMessage } from '../../app/errors';
import { ErrorDetails } from '../../components/ErrorDetails';
import { addPublisher, listPublishers, removePublisher } from './settings-actions';

type Problem = { message: string; details: string[] } | null;

/**
 * The publishers whose catalogue signatures are accepted: the project's own key, plus keys the
 * user adds (a state task force may publish its own catalogue), each shown by fingerprint.
 */
export function PublishersPanel() {
  const [publishers, setPublishers] = useState<PublisherInfo[] | null>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void listPublishers().then(setPublishers, (error: unknown) => setProblem({ message: errorMessage(error), details: [] }));
  }, []);

  async function run(action: () => Promise<PublisherInfo[] | null>) {
    setBusy(true);
    setProblem(null);
    try {
      const next = await action();
      if (next) setPublishers(next);
    } catch (error) {
      setProblem({ message: errorMessage(error), details: errorDetails(error) });
    } finally {
      setBusy(false);
    }
  }

  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const publishers = await addPublisher(name);
      if (publishers) setName('');
      return publishers;
    });
  };

  return (
    <section className="card" aria-labelledby="publishers-title">
      <h2 id="publishers-title">Trusted publishers</h2>
      <p className="muted">
        Catalogue files are accepted only when one of these publishers signed them. Add a publisher only after comparing the fingerprint shown here
        with the one they give you in person or by phone.
      </p>
      {publishers ? (
        <ul className="publisher-list">
          {publishers.map((p) => (
            <li key={p.fingerprint}>
              <strong>{p.name}</strong> <code>{groupedFingerprint(p.fingerprint)}</code>
              {p.builtIn ? (
                <span className="muted"> (built in)</span>
              ) : (
                <button type="button" className="button" disabled={busy} onClick={() => void run(() => removePublisher(p.fingerprint))}>
                  Remove {p.name}
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <form className="button-row" onSubmit={add}>
        <label>
          Publisher name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
        </label>
        <button type="submit" className="button" disabled={busy || name.trim() === ''}>
          Add a publisher key…
        </button>
      </form>
      {problem ? <ErrorDetails message={problem.message} details={problem.details} testId="publisher-errors" /> : null}
    </section>
  );
}

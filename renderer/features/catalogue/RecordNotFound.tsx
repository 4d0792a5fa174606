import { Link } from 'react-router';

export function RecordNotFound({ kind, id }: { kind: string; id: string }) {
  return (
    <div className="page">
      <h1>Not in this catalogue</h1>
      <p>
        There is no {kind} with the id <code>{id}</code> in the catalogue you have. It may have been retired in a newer catalogue.
      </p>
      <p>
        <Link to="/catalogue">Browse the catalogue</Link>
      </p>
    </div>
  );
}

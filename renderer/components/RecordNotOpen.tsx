import { Link } from 'react-router';

/**
 * What an editor page (a plan, a curriculum) shows until its record is open: a loading line,
 * or, when it could not be opened, why, with the way back to the list.
 */
export function RecordNotOpen({ error, notFoundTitle, loadingText, back }: { error: string | null; notFoundTitle: string; loadingText: string; back: { to: string; label: string } }) {
  if (!error) return <p aria-busy="true">{loadingText}</p>;
  return (
    <div className="page">
      <h1>{notFoundTitle}</h1>
      <p className="banner banner--error" role="alert">
        {error}
      </p>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}

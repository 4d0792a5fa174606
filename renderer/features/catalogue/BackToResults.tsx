import { Link, useLocation, useNavigate } from 'react-router';

/** Goes back to the list the user came from (with its filters), or to the catalogue when opened by deep link. */
export function BackToResults() {
  const navigate = useNavigate();
  const location = useLocation();
  const fromList = location.key !== 'default';
  return fromList ? (
    <button type="button" className="link-button back" onClick={() => navigate(-1)}>
      ← Back
    </button>
  ) : (
    <Link className="back" to="/catalogue">
      ← Catalogue
    </Link>
  );
}

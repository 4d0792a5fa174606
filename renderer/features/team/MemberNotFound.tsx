import { Link } from 'react-router';

export function MemberNotFound({ id }: { id: string }) {
  return (
    <div className="page">
      <h1>Member not found</h1>
      <p>
        No team member has the id <code>{id}</code>. They may have been deleted. <Link to="/team">Back to the team</Link>.
      </p>
    </div>
  );
}

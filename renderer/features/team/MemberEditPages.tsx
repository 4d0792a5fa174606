import { Link, useNavigate, useParams } from 'react-router';
import { createMember, updateMember } from './team-actions';
import { MemberForm } from './MemberForm';
import { useTeamStore } from './team-store';
import { MemberNotFound } from './MemberNotFound';

export function MemberNewPage() {
  const navigate = useNavigate();
  return (
    <div className="page page--narrow">
      <Link className="back" to="/team">
        ← Team
      </Link>
      <h1>Add a team member</h1>
      <MemberForm
        submitLabel="Add member"
        cancelTo="/team"
        onSubmit={async (fields) => {
          const member = await createMember(fields);
          navigate(`/team/members/${encodeURIComponent(member.id)}`);
        }}
      />
    </div>
  );
}

export function MemberEditPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const member = useTeamStore((s) => s.members.find((m) => m.id === id));
  if (!member) return <MemberNotFound id={id} />;
  const back = `/team/members/${encodeURIComponent(member.id)}`;
  return (
    <div className="page page--narrow">
      <Link className="back" to={back}>
        ← {member.name}
      </Link>
      <h1>Edit {member.name}</h1>
      <MemberForm
        key={member.id}
        initial={member}
        submitLabel="Save changes"
        cancelTo={back}
        onSubmit={async (fields) => {
          await updateMember(member.id, fields);
          navigate(back);
        }}
      />
    </div>
  );
}

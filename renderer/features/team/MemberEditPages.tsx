import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { changedMeanwhileOf, type ChangedMeanwhile } from '../../app/changed-meanwhile';
import type { Member, MemberFieldsInput } from '../../../shared/model/team';
import { ChangedMeanwhileNotice } from '../../components/ChangedMeanwhileNotice';
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
  const member = useTeamStore((s) => s.members.find((m) => m.id === id));
  if (!member) return <MemberNotFound id={id} />;
  return <MemberEditor key={member.id} member={member} />;
}

/**
 * The form keeps the version it was opened on (`opened`), not the store's current one: a
 * change from another coordinator arriving meanwhile must not be saved over unseen.
 */
function MemberEditor({ member }: { member: Member }) {
  const navigate = useNavigate();
  const [opened, setOpened] = useState(member);
  const [clash, setClash] = useState<{ error: ChangedMeanwhile<Member>; fields: MemberFieldsInput } | null>(null);
  const back = `/team/members/${encodeURIComponent(member.id)}`;

  async function save(fields: MemberFieldsInput, openedAt: string | undefined) {
    try {
      await updateMember(member.id, fields, { openedAt });
      navigate(back);
    } catch (error) {
      const changed = changedMeanwhileOf<Member>(error);
      if (!changed) throw error;
      setClash({ error: changed, fields });
    }
  }

  return (
    <div className="page page--narrow">
      <Link className="back" to={back}>
        ← {member.name}
      </Link>
      <h1>Edit {member.name}</h1>
      {clash ? (
        <ChangedMeanwhileNotice
          error={clash.error}
          onKeepMine={() => save(clash.fields, clash.error.latest.updatedAt)}
          onTakeTheirs={() => {
            const latest = clash.error.latest;
            useTeamStore.getState().upsertMembers([latest]);
            setOpened(latest);
            setClash(null);
          }}
        />
      ) : null}
      <MemberForm key={opened.updatedAt ?? 'opened'} initial={opened} submitLabel="Save changes" cancelTo={back} onSubmit={(fields) => save(fields, opened.updatedAt)} />
    </div>
  );
}

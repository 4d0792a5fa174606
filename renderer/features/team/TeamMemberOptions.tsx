import type { Member } from '../../../shared/model/team';

/** The team as a select's options, each with their agency to tell two of one name apart. */
export function TeamMemberOptions({ members }: { members: readonly Member[] }) {
  return (
    <>
      {members.map((m) => (
        <option key={m.id} value={m.id}>
          {m.name}
          {m.agency ? ` (${m.agency})` : ''}
        </option>
      ))}
    </>
  );
}

import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { CompletionForm, type CompletionFormValues } from './CompletionForm';
import { recordCompletions } from './team-actions';
import { useTeamIndex, useToday } from './team-data';
import { useCatalogueStore } from '../catalogue/catalogue-store';
import { trainingLookupFor } from '../catalogue/catalogue-store';
import { plural } from '../../components/format-count';

/** /team/record?training=<id>&member=<id>: record one training for one or several members. */
export function RecordPage() {
  const index = useTeamIndex();
  const catalogue = useCatalogueStore((s) => s.loaded!.catalogue);
  const trainings = trainingLookupFor(catalogue);
  const today = useToday();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [initial] = useState<CompletionFormValues>(() => {
    const training = trainings.get(params.get('training') ?? '');
    const member = params.get('member');
    return {
      memberIds: member && index.memberById.has(member) ? [member] : [],
      kind: 'catalogue',
      trainingId: training?.id ?? null,
      customTitle: '',
      customProvider: '',
      completedOn: today,
      hours: training?.hours !== undefined ? String(training.hours) : '',
      validForMonths: '',
      expiresOn: '',
      certificateNumber: '',
      notes: '',
    };
  });
  const from = initial.memberIds.length === 1 ? `/team/members/${encodeURIComponent(initial.memberIds[0]!)}` : '/team';

  return (
    <div className="page page--narrow">
      <Link className="back" to={from}>
        ← {initial.memberIds.length === 1 ? index.memberById.get(initial.memberIds[0]!)!.name : 'Team'}
      </Link>
      <h1>Record a completed training</h1>
      <p className="lead">Choose who completed it, the training, and when. One record is saved for each member you choose.</p>
      <CompletionForm
        mode="record"
        initial={initial}
        members={index.members}
        trainings={trainings}
        cancelTo={from}
        submitLabel={(n) => (n > 1 ? `Record for ${plural(n, 'member')}` : 'Record completion')}
        onSubmit={async (memberIds, draft, title) => {
          await recordCompletions(memberIds, draft, title);
          navigate(memberIds.length === 1 ? `/team/members/${encodeURIComponent(memberIds[0]!)}` : '/team');
        }}
      />
    </div>
  );
}

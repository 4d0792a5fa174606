import { Link } from 'react-router';
import type { PlanView } from '../../../shared/plans/plan-view';
import { tta } from '../../app/tta';
import { errorText, usePlansStore } from './plans-store';

/** Per member: catalogue trainings for their audiences they have not taken; one click adds one. */
export function SuggestionsPanel({ view }: { view: PlanView }) {
  const { setView, setError, setNotice } = usePlansStore();
  const names = new Map(view.members.map((m) => [m.id, m.name]));
  const withSuggestions = view.suggestions.filter((s) => s.trainings.length > 0);
  if (withSuggestions.length === 0) {
    return <p className="muted">No suggestions: everyone in the plan has taken or is assigned every training for their audiences.</p>;
  }

  async function add(memberId: string, trainingId: string, title: string) {
    try {
      setView(await tta().planAddTraining({ planId: view.plan.id, trainingId, memberIds: [memberId] }));
      setNotice({ text: `Added “${title}” for ${names.get(memberId) ?? 'the member'}.` });
    } catch (error) {
      setError(errorText(error));
    }
  }

  return (
    <div className="plan-suggestions">
      {withSuggestions.map((s) => (
        <section key={s.memberId} aria-labelledby={`suggest-${s.memberId}`}>
          <h3 id={`suggest-${s.memberId}`}>{names.get(s.memberId)}</h3>
          <ul>
            {s.trainings.map((t) => (
              <li key={t.trainingId}>
                <div>
                  <Link to={`/catalogue/training/${t.trainingId}`}>{t.title}</Link> <span className="muted">· {t.providerName}</span>
                </div>
                <button type="button" className="button" onClick={() => void add(s.memberId, t.trainingId, t.title)} aria-label={`Add ${t.title} for ${names.get(s.memberId)}`}>
                  {t.existingItemId ? 'Assign' : 'Add to plan'}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import { Link } from 'react-router';
import type { PlanView } from '../../../shared/plans/plan-view';
import { notifyError } from '../../app/notice-store';
import { addSuggestion } from './plans-actions';

/** Per member: catalogue trainings for their audiences they have not taken; one click adds one. */
export function SuggestionsPanel({ view }: { view: PlanView }) {
  const names = new Map(view.members.map((m) => [m.id, m.name]));
  const withSuggestions = view.suggestions.filter((s) => s.trainings.length > 0);
  if (withSuggestions.length === 0) {
    return <p className="muted">No suggestions: everyone in the plan has taken or is assigned every training for their audiences.</p>;
  }

  function add(memberId: string, trainingId: string, title: string) {
    void addSuggestion(view.plan.id, trainingId, title, { id: memberId, name: names.get(memberId) ?? 'the member' }).catch(notifyError);
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
                <button type="button" className="button" onClick={() => add(s.memberId, t.trainingId, t.title)} aria-label={`Add ${t.title} for ${names.get(s.memberId)}`}>
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

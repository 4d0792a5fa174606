import { percentDone } from '../../../shared/plans/labels';
import type { PlanView } from '../../../shared/plans/plan-view';

/** The plan's headline numbers: the same figures the PDF opens with. */
export function SummaryFigures({ view }: { view: PlanView }) {
  const t = view.totals;
  const figures = [
    { label: 'Trainings', value: String(view.items.filter((i) => i.counted).length) },
    { label: 'People', value: String(view.members.filter((m) => m.counts.total > 0).length) },
    { label: 'Done', value: `${t.done} of ${t.total}` },
    { label: 'Planned', value: String(t.planned) },
    { label: 'Overdue', value: String(t.overdue) },
    { label: 'Complete', value: `${percentDone(t.done, t.total)}%` },
  ];
  return (
    <dl className="plan-figures" data-testid="plan-figures">
      {figures.map((f) => (
        <div key={f.label} className="plan-figure">
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

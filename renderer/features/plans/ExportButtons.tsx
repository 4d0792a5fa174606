import type { PlanExportFormat } from '../../../shared/contract/plan-channels';
import { ExportButtons as ExportRow } from '../../components/ExportButtons';
import { exportPlan } from './plans-actions';

const formats: { format: PlanExportFormat; label: string }[] = [
  { format: 'pdf', label: 'Export PDF' },
  { format: 'csv', label: 'Export CSV' },
  { format: 'ics', label: 'Export to calendar' },
];

/** The plan's exports; each asks where to save. */
export function ExportButtons({ planId }: { planId: string }) {
  return <ExportRow formats={formats} onExport={(format) => exportPlan(planId, format)} />;
}

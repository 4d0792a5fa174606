import type { PlanFields } from '../../../shared/model/plan';

/** A new plan starts on the current calendar year. */
export function defaultPlanFields(today = new Date()): PlanFields {
  const year = today.getFullYear();
  return { name: '', purpose: '', audienceFocus: [], period: { start: `${year}-01-01`, end: `${year}-12-31` }, notes: '' };
}

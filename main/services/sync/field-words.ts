/** A record's fields in words, as the Conflicts view and the changed-meanwhile refusal show them. */

const FIELD_LABELS: Record<string, string> = {
  name: 'Name',
  role: 'Role',
  agency: 'Agency',
  email: 'Email',
  phone: 'Phone',
  externalId: 'ID number',
  audiences: 'Audiences',
  active: 'Active',
  joinedOn: 'Joined on',
  completedOn: 'Completed on',
  hours: 'Hours',
  expiresOn: 'Expires on',
  certificateNumber: 'Certificate number',
  notes: 'Notes',
  title: 'Title',
  items: 'Items',
  purpose: 'Purpose',
  period: 'Period',
  audienceFocus: 'Audiences the plan is for',
  validForMonths: 'Valid for (months)',
  creditHours: 'Credit hours',
  trainingId: 'Training',
  custom: 'Training',
  memberId: 'Team member',
};
export const labelOf = (field: string) => FIELD_LABELS[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

export function inWords(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value === true ? 'Yes' : value === false ? 'No' : String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || '(none)';
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}


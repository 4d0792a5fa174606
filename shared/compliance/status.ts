/** Where a member stands on one requirement. */
export type ComplianceStatus = 'current' | 'due-soon' | 'overdue' | 'not-started' | 'not-applicable';

export const complianceStatuses: readonly ComplianceStatus[] = ['overdue', 'due-soon', 'not-started', 'current', 'not-applicable'];

/** Words shown beside the icon: never colour alone. */
export const complianceStatusLabels: Record<ComplianceStatus, string> = {
  current: 'Current',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  'not-started': 'Not started',
  'not-applicable': 'Not applicable',
};

/** A text symbol per status, so the matrix reads in greyscale and in high-contrast modes. */
export const complianceStatusIcons: Record<ComplianceStatus, string> = {
  current: '✓',
  'due-soon': '◔',
  overdue: '✕',
  'not-started': '○',
  'not-applicable': '–',
};

export interface HoursTally {
  counted: number;
  needed: number;
  /** The window the hours were counted in, both days included. */
  from: string;
  to: string;
}

export interface CellStatus {
  status: ComplianceStatus;
  /**
   * current and due-soon: the last day the member stays compliant without doing more (null: it never lapses);
   * overdue: the first day it was overdue (null: never met and no deadline known);
   * not-started: the new-member deadline, when there is one.
   */
  date: string | null;
  /** Ids of the completions behind the status: those satisfying it, or the last one that lapsed. */
  evidence: readonly string[];
  hours?: HoursTally;
}

export const NOT_APPLICABLE: CellStatus = Object.freeze({ status: 'not-applicable', date: null, evidence: Object.freeze([]) as readonly string[] });

export function isCompliant(status: ComplianceStatus): boolean {
  return status === 'current' || status === 'due-soon';
}

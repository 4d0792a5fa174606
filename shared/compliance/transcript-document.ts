import type { Catalogue } from '../catalogue/schema';
import type { Profile } from '../model/requirements';
import { resolveTrainingRef } from '../model/training-ref';
import type { Completion, Member } from '../model/team';
import { expiresOn } from '../team/status';
import { createTrainingLookup } from '../team/training-lookup';
import { formatDate } from '../util/dates';
import { trainingFactsFor } from './catalogue-facts';
import { requirementTitle, statusDateText } from './labels';
import { complianceMatrix } from './matrix';
import { complianceStatusLabels } from './status';

/*
 * A member's training transcript, already in words: what the PDF lays out. Pure, so the
 * rows, totals and statuses are tested without rendering (tests/unit/compliance/transcript-document.test.ts).
 */

export interface TranscriptRow {
  date: string;
  title: string;
  provider: string;
  hours: string;
  creditHours: string;
  certificate: string;
  /** A copy of the certificate is kept with the record (main/services/certificates/). */
  certificateOnFile: boolean;
  expires: string;
}

export interface TranscriptTotal {
  label: string;
  count: number;
  hours: string;
  creditHours: string;
}

export interface TranscriptRequirement {
  profile: string;
  requirement: string;
  status: string;
  /** "until Mar 5, 2027", "12 of 24 hours counted, Jan 1, 2026 – Dec 31, 2026", … */
  detail: string;
}

export interface TranscriptMember {
  name: string;
  /** Role, agency and joining date, as one line. */
  facts: string;
  rows: TranscriptRow[];
  byYear: TranscriptTotal[];
  byFamily: TranscriptTotal[];
  total: TranscriptTotal;
  requirements: TranscriptRequirement[];
}

export interface TranscriptDocument {
  /** Printing date: the statuses are as of this day. */
  statusOn: string;
  /** "Generated Mar 5, 2026, 2:07 PM" on every page. */
  generatedAt: string;
  catalogueLabel: string;
  members: TranscriptMember[];
}

// Made on first use: the first Intl object of a process loads locale data, which the main
// side's start-up would otherwise pay for (about 8 ms) before anything is shown.
let hoursFormatMade: Intl.NumberFormat | undefined;
const hoursFormat = (): Intl.NumberFormat => (hoursFormatMade ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }));
const hoursText = (h: number | undefined): string => (h === undefined ? 'not recorded' : hoursFormat().format(h));
const plural = (n: number, one: string, many: string): string => `${hoursFormat().format(n)} ${n === 1 ? one : many}`;

/** Sums in hundredths (hours carry two decimals), so totals never drift. */
class Tally {
  count = 0;
  hours = 0;
  credit = 0;
  /** Records without hours are counted but add none; they are told apart in the PDF's legend. */
  add(c: Completion): void {
    this.count++;
    this.hours += Math.round((c.hours ?? 0) * 100);
    this.credit += Math.round((c.creditHours ?? 0) * 100);
  }
  row(label: string): TranscriptTotal {
    return { label, count: this.count, hours: hoursFormat().format(this.hours / 100), creditHours: this.credit === 0 ? '' : hoursFormat().format(this.credit / 100) };
  }
}

export interface TranscriptInput {
  members: readonly Member[];
  completions: readonly Completion[];
  profiles: readonly Profile[];
  catalogue: Pick<Catalogue, 'trainings' | 'providers' | 'families' | 'meta'>;
  warningDays: number;
  /** The moment of printing, already in words (main formats it in the user's time zone). */
  generatedAt: string;
  /** The printing date as main counts it: statuses are as of this day. */
  today: string;
}

/** One transcript per member, in the order given; completions oldest first. */
export function buildTranscriptDocument(input: TranscriptInput): TranscriptDocument {
  const { today } = input;
  const lookup = createTrainingLookup(input.catalogue);
  const facts = trainingFactsFor(input.catalogue);
  const familyLabels = new Map(input.catalogue.families.map((f) => [f.id, f.label]));
  const wanted = new Set(input.members.map((m) => m.id));
  const own = new Map<string, Completion[]>();
  for (const c of input.completions) {
    if (!wanted.has(c.memberId)) continue;
    const list = own.get(c.memberId);
    if (list) list.push(c);
    else own.set(c.memberId, [c]);
  }
  // Requirement statuses as the matrix gives them today; an inactive member is shown as if active, so their record still reads.
  const matrix = complianceMatrix({
    profiles: input.profiles,
    members: input.members.map((m) => ({ ...m, active: true })),
    completions: input.completions.filter((c) => wanted.has(c.memberId)),
    facts,
    today,
    warningDays: input.warningDays,
  });
  const titles = matrix.columns.map((c) => requirementTitle(c.requirement, facts));

  const members = input.members.map((member, r): TranscriptMember => {
    const list = [...(own.get(member.id) ?? [])].sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0));
    const years = new Map<string, Tally>();
    const families = new Map<string, Tally>();
    const total = new Tally();
    const rows = list.map((c): TranscriptRow => {
      const t = resolveTrainingRef(c, lookup);
      const year = c.completedOn.slice(0, 4);
      const family = t.custom ? 'Outside the catalogue' : t.family === undefined ? 'No program family' : (familyLabels.get(t.family) ?? t.family);
      for (const [map, key] of [
        [years, year],
        [families, family],
      ] as const) {
        let tally = map.get(key);
        if (!tally) map.set(key, (tally = new Tally()));
        tally.add(c);
      }
      total.add(c);
      const expiry = expiresOn(c);
      return {
        date: formatDate(c.completedOn),
        title: t.retired ? `${t.title} (retired from the catalogue)` : t.title,
        provider: t.providerName,
        hours: hoursText(c.hours),
        creditHours: c.creditHours === undefined ? '' : hoursText(c.creditHours),
        certificate: c.certificateNumber ?? '',
        certificateOnFile: c.certificate !== undefined,
        expires: expiry === null ? '' : formatDate(expiry),
      };
    });
    const cells = matrix.rows[r]?.cells ?? [];
    const requirements = matrix.columns.flatMap((col, j): TranscriptRequirement[] => {
      const cell = cells[j];
      if (!cell || cell.status === 'not-applicable') return [];
      const when = statusDateText(cell);
      const hours = cell.hours ? `${hoursFormat().format(cell.hours.counted)} of ${plural(cell.hours.needed, 'hour', 'hours')} counted, ${formatDate(cell.hours.from)} – ${formatDate(cell.hours.to)}` : '';
      return [{ profile: col.profileName, requirement: titles[j]!, status: complianceStatusLabels[cell.status], detail: [when, hours].filter(Boolean).join('; ') }];
    });
    return {
      name: member.name,
      facts: [member.role, member.agency, member.joinedOn ? `joined ${formatDate(member.joinedOn)}` : '', member.active ? '' : 'inactive'].filter(Boolean).join(' · '),
      rows,
      byYear: [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([label, t]) => t.row(label)),
      byFamily: [...families].sort(([a], [b]) => a.localeCompare(b)).map(([label, t]) => t.row(label)),
      total: total.row('All years'),
      requirements,
    };
  });
  return {
    statusOn: formatDate(today),
    generatedAt: input.generatedAt,
    catalogueLabel: `Catalogue version ${input.catalogue.meta.version} of ${formatDate(input.catalogue.meta.date)}`,
    members,
  };
}

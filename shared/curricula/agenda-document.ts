import type { Catalogue } from '../catalogue/schema';
import type { Curriculum } from '../model/curriculum';
import { formatDate, localIsoDate } from '../util/dates';
import { buildAgenda, type AgendaDay } from './agenda';
import { formatMinutes, moduleMinutes } from './curriculum-length';
import { materialKindLabels, materialLookupFor, materialsList, type MaterialsListEntry } from './materials';

/** What the agenda PDF shows, already in words: the PDF builder only lays it out. */
export interface AgendaDocument {
  title: string;
  purpose: string;
  objectives: string;
  /** "Audiences: …", "Format: …", "Length: …" lines, only those stated. */
  facts: { label: string; value: string }[];
  days: (AgendaDay & { dateLabel: string })[];
  unscheduled: string[];
  materials: (MaterialsListEntry & { kindLabel: string })[];
  generatedOn: string;
  catalogueLabel: string;
}

type CatalogueParts = Pick<Catalogue, 'trainings' | 'resources' | 'providers' | 'vocabularies' | 'meta'>;

export function buildAgendaDocument(curriculum: Curriculum, catalogue: CatalogueParts, generatedAt: Date): AgendaDocument {
  const lookup = materialLookupFor(catalogue);
  const agenda = buildAgenda(curriculum, lookup);
  const label = (list: readonly { id: string; label: string }[], id: string) => list.find((t) => t.id === id)?.label ?? id;
  const facts: { label: string; value: string }[] = [];
  if (curriculum.audiences.length > 0) facts.push({ label: 'Audiences', value: curriculum.audiences.map((a) => label(catalogue.vocabularies.audiences, a)).join(', ') });
  if (curriculum.format) facts.push({ label: 'Format', value: label(catalogue.vocabularies.formats, curriculum.format) });
  const total = moduleMinutes(curriculum);
  facts.push({ label: 'Length', value: curriculum.lengthMinutes ? `${formatMinutes(curriculum.lengthMinutes)} (modules: ${formatMinutes(total)})` : `Modules: ${formatMinutes(total)}` });
  return {
    title: curriculum.title,
    purpose: curriculum.purpose,
    objectives: curriculum.objectives,
    facts,
    days: agenda.days.map((d) => ({ ...d, dateLabel: formatDate(d.date) })),
    unscheduled: agenda.unscheduled.map((u) => `${u.moduleNo}. ${u.title} (${formatMinutes(u.minutes)})`),
    materials: materialsList(curriculum, lookup).map((m) => ({ ...m, kindLabel: m.retired ? 'Retired from the catalogue' : materialKindLabels[m.kind] })),
    generatedOn: formatDate(localIsoDate(generatedAt)),
    catalogueLabel: `Catalogue version ${catalogue.meta.version} of ${formatDate(catalogue.meta.date)}`,
  };
}

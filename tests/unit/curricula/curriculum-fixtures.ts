import type { CurriculumFieldsInput, ModuleFieldsInput } from '../../../shared/model/curriculum';

/** Real catalogue entries (data/catalogue.json) the curriculum tests use as materials. */
export const TRAINING = 'ncjtc-child-sex-trafficking-law-enforcement-response';
export const TRAINING_TITLE = 'Child Sex Trafficking: Law Enforcement Response';
export const TRAINING_LINK = 'https://ncjtc.fvtc.edu/training/details/TR00000104/child-sex-trafficking-law-enforcement-response';
export const RESOURCE = 'doj-national-strategy-to-combat-human-trafficking';
export const RESOURCE_TITLE = 'National Strategy to Combat Human Trafficking';

export const fields: CurriculumFieldsInput = {
  title: 'Child Sex Trafficking for Patrol',
  purpose: 'Help patrol officers recognise and respond to child sex trafficking.',
  audiences: ['law-enforcement'],
  format: 'in-person',
  lengthMinutes: 240,
  objectives: 'Recognise indicators; make a safe first contact.',
};

export const modules: ModuleFieldsInput[] = [
  {
    title: 'Indicators on patrol',
    minutes: 90,
    method: 'presentation',
    presenter: 'Sgt. Maria Lopez',
    objectives: 'Name five indicators of child sex trafficking.',
    materials: [{ kind: 'training', trainingId: TRAINING, title: 'stale title' }],
  },
  {
    title: 'Traffic stop case study',
    minutes: 60,
    method: 'case-study',
    presenter: 'Det. Sam Park',
    objectives: 'Walk through a stop that became a rescue.',
    materials: [
      { kind: 'resource', resourceId: RESOURCE, title: RESOURCE_TITLE },
      { kind: 'custom', title: 'Case file handout', note: 'Printed, one per table' },
    ],
  },
  { title: 'Role play: first contact', minutes: 45, method: 'practicum', presenter: 'Sgt. Maria Lopez', materials: [{ kind: 'custom', title: 'Scenario cards', link: 'https://example.org/scenarios' }] },
];

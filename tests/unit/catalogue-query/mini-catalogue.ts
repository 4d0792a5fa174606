import type { Catalogue, Training } from '../../../shared/catalogue/schema';

const src = ['https://example.org/source'];
const term = (id: string) => ({ id, label: id.replace(/-/g, ' '), meaning: `Meaning of ${id}` });

/** A hand-made catalogue small enough to compute expected answers by hand. */
export function miniCatalogue(): Catalogue {
  const training = (id: string, title: string, extra: Partial<Training>): Training => ({
    id,
    title,
    providerId: 'ncac',
    family: 'cac',
    formats: ['in-person'],
    audiences: ['law-enforcement'],
    topics: ['forensic-interviewing'],
    cost: 'no-cost',
    description: `${title} description`,
    status: 'active',
    sources: src,
    lastVerified: '2026-11-25',
    ...extra,
  });
  return {
    meta: { version: '1.0.0', date: '2026-11-25', title: 'Mini', synthetic: true, sourcePage: src[0]!, notes: [] },
    vocabularies: {
      audiences: ['law-enforcement', 'prosecutors', 'forensic-interviewers'].map(term),
      topics: ['forensic-interviewing', 'missing-children', 'online-child-exploitation'].map(term),
      formats: ['in-person', 'virtual-live', 'on-demand'].map(term),
      costs: ['no-cost', 'fee'].map(term),
      fundingOffices: ['ojjdp'].map(term),
    },
    families: [
      { id: 'cac', code: 'CAC', label: "Children's Advocacy Centers", description: 'd', sources: src, lastVerified: '2026-11-25' },
      { id: 'amber', code: 'AMBER', label: 'AMBER Alert', description: 'd', sources: src, lastVerified: '2026-11-25' },
    ],
    providers: [
      {
        id: 'ncac',
        name: "National Children's Advocacy Center",
        acronym: 'NCAC',
        kind: 'provider',
        organisations: ['NCAC'],
        fundingOffices: ['ojjdp'],
        families: ['cac'],
        audiences: ['forensic-interviewers'],
        formats: ['in-person'],
        cost: 'fee',
        topics: ['forensic-interviewing'],
        description: 'Trains child forensic interviewers.',
        keyFacts: [],
        status: 'active',
        sources: src,
        lastVerified: '2026-11-25',
      },
      {
        id: 'aattap',
        name: 'AMBER Alert Training and Technical Assistance Program',
        acronym: 'AATTAP',
        kind: 'program',
        organisations: ['Fox Valley Technical College'],
        fundingOffices: ['ojjdp'],
        families: ['amber'],
        audiences: ['law-enforcement'],
        formats: ['virtual-live'],
        cost: 'no-cost',
        topics: ['missing-children'],
        description: 'Helps teams find abducted children.',
        keyFacts: [],
        status: 'active',
        sources: src,
        lastVerified: '2026-11-25',
      },
    ],
    trainings: [
      training('fi-children', 'Forensic Interviewing of Children Training', { audiences: ['forensic-interviewers', 'law-enforcement'] }),
      training('fi-advanced', 'Advanced Forensic Interviewing Training', { audiences: ['forensic-interviewers'], formats: ['virtual-live'], cost: 'fee' }),
      training('cart', 'Child Abduction Response Team Training', {
        providerId: 'aattap',
        family: 'amber',
        topics: ['missing-children'],
        audiences: ['law-enforcement', 'prosecutors'],
      }),
      training('webinar', 'Harnessing Digital Evidence', {
        providerId: 'aattap',
        family: 'amber',
        formats: ['virtual-live', 'on-demand'],
        topics: ['missing-children', 'online-child-exploitation'],
        status: 'historical',
      }),
    ],
    resources: [],
  };
}

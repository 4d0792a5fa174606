import * as z from 'zod';
import { lazySchema } from '../validation/lazy-schema';
import { isHttpsUrl, isPlainHttpUrl } from '../util/urls';

/*
 * The bundled training catalogue: zod schemas, inferred types and a reference check.
 * Pure TypeScript so main, renderer and tests share one definition.
 *
 * Records use plain z.object (unknown keys are stripped) so a newer catalogue file that
 * adds optional fields still imports; required fields and enums make a wrong shape fail.
 */

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Stable record ids: user data points at them forever, so keep them boring and URL-safe. */
export const slugSchema = lazySchema(() => z
  .string()
  .max(120, 'Ids must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Ids use lowercase letters, digits and single hyphens, e.g. "ovc-ttac"'));

/** A real calendar date written YYYY-MM-DD (2023-02-30 is rejected). */
export const isoDateSchema = lazySchema(() => z.iso.date({ error: 'Use a real date written YYYY-MM-DD' }));

/**
 * True when a host is written in plain ASCII and is not an encoded international name (xn--):
 * look-alike letters such as a Cyrillic "о" in "www.оvcttac.gov" cannot pass for the real site.
 */
export function isAsciiHost(host: string): boolean {
  return /^[\x21-\x7e]+$/.test(host) && !host.split('.').some((label) => label.toLowerCase().startsWith('xn--'));
}

/** The host exactly as written in an absolute URL (URL() would already have encoded it). */
function writtenHost(value: string): string {
  const afterScheme = value.slice(value.indexOf('//') + 2);
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d+$/, '');
}

/** Links the app may open: https only (the app never opens plain-http pages), hosts in ASCII. */
export const httpsUrlSchema = lazySchema(() => z
  .string()
  .refine(isHttpsUrl, 'Must be a complete https:// address')
  .refine((value) => !isHttpsUrl(value) || isAsciiHost(writtenHost(value)), 'The host must be written in plain ASCII letters (no look-alike characters)'));

/** An e-mail address whose domain is plain ASCII, for the same reason as links. */
export const asciiEmailSchema = lazySchema(() => z
  .email('Must be an email address')
  .refine((value) => isAsciiHost(value.slice(value.lastIndexOf('@') + 1)), 'The domain must be written in plain ASCII letters (no look-alike characters)'));

/** Plain-http research pages, kept as text for provenance only; never opened by the app. */
export const httpUrlSchema = lazySchema(() => z.string().refine(isPlainHttpUrl, 'Must be a complete http:// address'));

const textSchema = lazySchema(() => z.string().trim().min(1, 'Must not be empty'));
const oneLineSchema = lazySchema(() => textSchema.refine((s) => !/[\r\n]/.test(s), 'Must fit on one line'));
const semverSchema = lazySchema(() => z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/, 'Use a semantic version such as 1.0.0'));
/** "As of" as the source states it: a date, a year, a fiscal year, a range, or "undated". */
const asOfSchema = lazySchema(() => z
  .string()
  .trim()
  .max(40)
  .regex(/^(?:undated|.*\d{4}.*)$/, 'Give the year or date the fact refers to, or "undated"'));
/** A source's own date for an offering: YYYY-MM-DD, YYYY-MM, YYYY or FYYYYY. */
export const sourceDatedSchema = lazySchema(() => z
  .string()
  .regex(/^(?:FY)?\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'Give the date the source shows, e.g. 2025-03-31, 2025-03, 2025 or FY2024'));

/** The calendar year a sourceDated value refers to (FY2024 counts as 2024). */
export function sourceYear(value: string): number {
  return Number(/\d{4}/.exec(value)?.[0] ?? Number.NaN);
}

const sourcesSchema = lazySchema(() => z.array(httpsUrlSchema).min(1, 'At least one https source is required'));

export const recordStatusSchema = lazySchema(() => z.enum(['active', 'historical', 'in-development', 'unverified']));
export type RecordStatus = z.infer<typeof recordStatusSchema>;

/** Maintainers' pointer back to the research dossier item (P01, C27, R05, G03, 3I, ...). */
const dossierRefSchema = lazySchema(() => z.string().regex(/^(?:[PCRG]\d{2}|3I)$/, 'Dossier references look like P01, C27, R05, G03 or 3I'));

// ---------------------------------------------------------------------------------------------
// Records

export const termSchema = lazySchema(() => z.object({
  id: slugSchema,
  label: oneLineSchema,
  meaning: oneLineSchema,
}));
export type Term = z.infer<typeof termSchema>;

export const familySchema = lazySchema(() => z.object({
  id: slugSchema,
  code: oneLineSchema,
  label: oneLineSchema,
  description: textSchema,
  sources: sourcesSchema,
  lastVerified: isoDateSchema,
}));
export type Family = z.infer<typeof familySchema>;

export const keyFactSchema = lazySchema(() => z.object({
  text: textSchema,
  asOf: asOfSchema,
  /** false = uncertain, inferred, or stated only on the DOJ resources page; absent = confirmed. */
  verified: z.boolean().optional(),
  /** Set when one fact comes from a different page than the record as a whole. */
  source: httpsUrlSchema.optional(),
}));
export type KeyFact = z.infer<typeof keyFactSchema>;

export const contactSchema = lazySchema(() => z.object({
  phone: oneLineSchema.optional(),
  email: asciiEmailSchema.optional(),
  url: httpsUrlSchema.optional(),
  text: textSchema.optional(),
}));
export type Contact = z.infer<typeof contactSchema>;

/** Fields every sourced record carries. */
const provenance = lazySchema(() => ({
  status: recordStatusSchema,
  sources: sourcesSchema,
  httpSources: z.array(httpUrlSchema).optional(),
  dossierRef: dossierRefSchema.optional(),
  /** Shown to coordinators: what the sources say beyond the description. */
  notes: textSchema.optional(),
  /** For maintainers only (why a source is listed, where the research lives); the app never shows it. */
  maintainerNote: textSchema.optional(),
  lastVerified: isoDateSchema,
}));

export const providerSchema = lazySchema(() => z.object({
  id: slugSchema,
  name: textSchema,
  acronym: oneLineSchema.optional(),
  alsoKnownAs: z.array(textSchema).optional(),
  /** 'provider' = an organisation or centre; 'program' = a funded program or project. */
  kind: z.enum(['provider', 'program']),
  parentId: slugSchema.optional(),
  organisations: z.array(textSchema),
  fundingOffices: z.array(slugSchema),
  families: z.array(slugSchema).min(1, 'Name at least one program family'),
  audiences: z.array(slugSchema),
  formats: z.array(slugSchema),
  cost: slugSchema,
  topics: z.array(slugSchema),
  description: textSchema,
  website: httpsUrlSchema.optional(),
  howToRequest: textSchema.optional(),
  contact: contactSchema.optional(),
  keyFacts: z.array(keyFactSchema),
  ...provenance,
}));
export type Provider = z.infer<typeof providerSchema>;

/**
 * Completions and plan items keep a snapshot of the training's title, limited to this
 * length in the stored data: a longer catalogue title would be refused at every save.
 */
export const TRAINING_TITLE_MAX = 400;

export const trainingSchema = lazySchema(() => z.object({
  id: slugSchema,
  title: textSchema.max(TRAINING_TITLE_MAX, `A training title is at most ${TRAINING_TITLE_MAX} characters`),
  alsoKnownAs: z.array(textSchema).optional(),
  providerId: slugSchema,
  /** Other catalogue providers that co-deliver or co-host it. */
  partnerProviderIds: z.array(slugSchema).optional(),
  family: slugSchema,
  formats: z.array(slugSchema).min(1, 'Name at least one format'),
  /** As the source states it, e.g. "3 days" or "5 interactive online modules". */
  length: oneLineSchema.optional(),
  /** Only when the source states or clearly implies hours. */
  hours: z.number().positive().max(1000).optional(),
  audiences: z.array(slugSchema).min(1, 'Name at least one audience'),
  topics: z.array(slugSchema).min(1, 'Name at least one topic'),
  cost: slugSchema,
  description: textSchema,
  link: httpsUrlSchema.optional(),
  /**
   * When the newest source shows the training offered (a session, schedule, page or award date), as the
   * source states it: "2025-03-31", "2025-03", "2025" or "FY2024". A training is current (status
   * "active") only when this is 2024 or later.
   */
  sourceDated: sourceDatedSchema.optional(),
  ...provenance,
}));
export type Training = z.infer<typeof trainingSchema>;

export const resourceSchema = lazySchema(() => z.object({
  id: slugSchema,
  kind: z.enum(['report', 'publication', 'funding']),
  title: textSchema,
  alsoKnownAs: z.array(textSchema).optional(),
  publisher: textSchema,
  date: oneLineSchema.optional(),
  description: textSchema,
  link: httpsUrlSchema.optional(),
  families: z.array(slugSchema),
  audiences: z.array(slugSchema),
  topics: z.array(slugSchema),
  fundingOffices: z.array(slugSchema).optional(),
  keyFacts: z.array(keyFactSchema).optional(),
  ...provenance,
}));
export type Resource = z.infer<typeof resourceSchema>;

export const catalogueMetaSchema = lazySchema(() => z.object({
  version: semverSchema,
  date: isoDateSchema,
  title: oneLineSchema,
  /** true only for generated scale-test data; the app must never present it as real. */
  synthetic: z.boolean(),
  sourcePage: httpsUrlSchema,
  notes: z.array(textSchema),
}));
export type CatalogueMeta = z.infer<typeof catalogueMetaSchema>;

const vocabularySchema = lazySchema(() => z.array(termSchema).min(1, 'A vocabulary needs at least one term'));

/**
 * An acronym or other word the field uses for something the catalogue may spell out: search
 * treats every form as the same thing, both ways ("HT" finds "human trafficking" and back).
 */
export const synonymSchema = lazySchema(() => z.object({
  id: slugSchema,
  /** The short form coordinators type, e.g. "HT". */
  term: oneLineSchema.refine((s) => /^[\p{L}\p{N}]+$/u.test(s), 'Must be one word of letters and digits, e.g. "CSAM"'),
  /** Shown beside the results as "HT — human trafficking". */
  meaning: oneLineSchema,
  /** The words and phrases searched as the same thing as `term`. */
  sameAs: z.array(oneLineSchema).min(1, 'Give at least one word or phrase it stands for'),
  /** A catalogue record whose text uses the term or one of its forms: why the entry is here. */
  usedBy: slugSchema,
}));
export type Synonym = z.infer<typeof synonymSchema>;

export const vocabulariesSchema = lazySchema(() => z.object({
  audiences: vocabularySchema,
  topics: vocabularySchema,
  formats: vocabularySchema,
  costs: vocabularySchema,
  fundingOffices: vocabularySchema,
  /** Optional: catalogues written before search knew acronyms still import. */
  synonyms: z.array(synonymSchema).optional(),
}));
export type Vocabularies = z.infer<typeof vocabulariesSchema>;
/** The vocabularies records point at by id. */
export type VocabularyName = Exclude<keyof Vocabularies, 'synonyms'>;

export const catalogueSchema = lazySchema(() => z.object({
  meta: catalogueMetaSchema,
  vocabularies: vocabulariesSchema,
  families: z.array(familySchema).min(1, 'A catalogue needs at least one program family'),
  providers: z.array(providerSchema),
  trainings: z.array(trainingSchema),
  resources: z.array(resourceSchema),
}));
export type Catalogue = z.infer<typeof catalogueSchema>;

// ---------------------------------------------------------------------------------------------
// Reference integrity (what the schema alone cannot see)

export interface IntegrityIssue {
  /** Id of the record with the problem (or "#index" when the id itself is missing). */
  recordId: string;
  /** Exact path, e.g. "trainings[12].audiences[2]". */
  field: string;
  /** Plain-language explanation for a coordinator. */
  message: string;
}

const vocabularyWords: Record<VocabularyName, string> = {
  audiences: 'audience',
  topics: 'topic',
  formats: 'format',
  costs: 'cost',
  fundingOffices: 'funding office',
};

const recordWords = { providers: 'Provider', trainings: 'Training', resources: 'Resource' } as const;

/**
 * Finds duplicate ids and references that point nowhere. Pure; returns [] for a sound catalogue.
 * Used on the bundled file in tests and on any catalogue a user imports.
 */
export function checkCatalogueIntegrity(cat: Catalogue): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  const v = cat.vocabularies;

  const ids = (collection: string, records: readonly { id: string }[], what: string): Set<string> => {
    const firstAt = new Map<string, number>();
    records.forEach((record, i) => {
      const first = firstAt.get(record.id);
      if (first === undefined) {
        firstAt.set(record.id, i);
        return;
      }
      issues.push({
        recordId: record.id,
        field: `${collection}[${i}].id`,
        message: `The ${what} id "${record.id}" is used twice (also at ${collection}[${first}]). Each id must be unique so saved records point at exactly one entry.`,
      });
    });
    return new Set(firstAt.keys());
  };

  const vocab = {} as Record<VocabularyName, Set<string>>;
  for (const name of Object.keys(vocabularyWords) as VocabularyName[]) {
    vocab[name] = ids(`vocabularies.${name}`, v[name], `${vocabularyWords[name]} term`);
  }
  const families = ids('families', cat.families, 'program family');
  const providers = ids('providers', cat.providers, 'provider');
  ids('trainings', cat.trainings, 'training');
  ids('resources', cat.resources, 'resource');
  // Synonyms' usedBy is checked on the bundled file only (catalogue-data.test.ts): a newer
  // catalogue that retires the record it names should not be refused for that.
  ids('vocabularies.synonyms', v.synonyms ?? [], 'synonym');

  type Kind = keyof typeof recordWords;
  const ref = (kind: Kind, index: number, recordId: string) => {
    /** One id that must be among `known`. */
    const one = (field: string, id: string, known: Set<string>, what: string, where: string): void => {
      if (known.has(id)) return;
      issues.push({
        recordId,
        field: `${kind}[${index}].${field}`,
        message: `${recordWords[kind]} "${recordId}" refers to ${what} "${id}", which is not defined in ${where}.`,
      });
    };
    const many = (field: string, list: readonly string[] | undefined, known: Set<string>, what: string, where: string): void => {
      list?.forEach((id, j) => one(`${field}[${j}]`, id, known, what, where));
    };
    const term = (field: string, list: readonly string[] | undefined, name: VocabularyName): void => {
      many(field, list, vocab[name], vocabularyWords[name], `vocabularies.${name}`);
    };
    return { one, many, term };
  };

  const parentOf = new Map(cat.providers.map((p) => [p.id, p.parentId]));
  cat.providers.forEach((p, i) => {
    const r = ref('providers', i, p.id);
    if (p.parentId !== undefined) {
      if (p.parentId === p.id) {
        issues.push({ recordId: p.id, field: `providers[${i}].parentId`, message: `Provider "${p.id}" names itself as its parent.` });
      } else {
        r.one('parentId', p.parentId, providers, 'parent provider', 'providers');
        // A loop (a -> b -> a) would hang any screen that walks up the hierarchy.
        const seen = new Set([p.id]);
        let next: string | undefined = p.parentId;
        while (next !== undefined && !seen.has(next)) {
          seen.add(next);
          next = parentOf.get(next);
        }
        if (next === p.id) {
          issues.push({ recordId: p.id, field: `providers[${i}].parentId`, message: `Provider "${p.id}" is its own ancestor: its parentId chain loops back to it.` });
        }
      }
    }
    r.many('families', p.families, families, 'program family', 'families');
    r.term('fundingOffices', p.fundingOffices, 'fundingOffices');
    r.term('audiences', p.audiences, 'audiences');
    r.term('formats', p.formats, 'formats');
    r.term('cost', [p.cost], 'costs');
    r.term('topics', p.topics, 'topics');
  });

  cat.trainings.forEach((t, i) => {
    const r = ref('trainings', i, t.id);
    r.one('providerId', t.providerId, providers, 'provider', 'providers');
    r.many('partnerProviderIds', t.partnerProviderIds, providers, 'partner provider', 'providers');
    r.one('family', t.family, families, 'program family', 'families');
    r.term('formats', t.formats, 'formats');
    r.term('audiences', t.audiences, 'audiences');
    r.term('topics', t.topics, 'topics');
    r.term('cost', [t.cost], 'costs');
  });

  cat.resources.forEach((res, i) => {
    const r = ref('resources', i, res.id);
    r.many('families', res.families, families, 'program family', 'families');
    r.term('audiences', res.audiences, 'audiences');
    r.term('topics', res.topics, 'topics');
    r.term('fundingOffices', res.fundingOffices, 'fundingOffices');
  });

  // "cost[0]" reads oddly for a single value; report it as "cost".
  for (const issue of issues) issue.field = issue.field.replace(/\.cost\[0\]$/, '.cost');
  return issues;
}

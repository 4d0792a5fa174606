import type { Catalogue } from '../catalogue/schema';
import type { Curriculum, Material } from '../model/curriculum';
import { providerDisplayName } from '../catalogue/provider-name';

/** What a curriculum needs to know of a catalogue training or resource. */
export interface CatalogueItemFacts {
  title: string;
  /** Who offers or publishes it. */
  by: string;
  audiences: readonly string[];
  /** The item's own page, else its first source: where a reader checks it. */
  link: string;
}

export interface MaterialLookup {
  training(id: string): CatalogueItemFacts | undefined;
  resource(id: string): CatalogueItemFacts | undefined;
}

/** Built once per catalogue so resolving materials is map lookups. */
export function materialLookupFor(cat: Pick<Catalogue, 'trainings' | 'resources' | 'providers'>): MaterialLookup {
  const providers = new Map(cat.providers.map((p) => [p.id, providerDisplayName(p)]));
  const trainings = new Map(
    cat.trainings.map((t) => [t.id, { title: t.title, by: providers.get(t.providerId) ?? t.providerId, audiences: t.audiences, link: t.link ?? t.sources[0]! }]),
  );
  const resources = new Map(cat.resources.map((r) => [r.id, { title: r.title, by: r.publisher, audiences: r.audiences, link: r.link ?? r.sources[0]! }]));
  return { training: (id) => trainings.get(id), resource: (id) => resources.get(id) };
}

export interface ResolvedMaterial {
  kind: Material['kind'];
  /** The catalogue's current title, or the snapshot / custom title. */
  title: string;
  by: string;
  link: string | undefined;
  note: string;
  audiences: readonly string[];
  /** Names a catalogue item the current catalogue no longer has. */
  retired: boolean;
}

export const materialKindLabels: Record<Material['kind'], string> = { training: 'Catalogue training', resource: 'Catalogue resource', custom: 'Custom' };

/** How a material reads today, against the current catalogue. */
export function resolveMaterial(material: Material, lookup: MaterialLookup): ResolvedMaterial {
  if (material.kind === 'custom') {
    return { kind: 'custom', title: material.title, by: '', link: material.link, note: material.note, audiences: [], retired: false };
  }
  const facts = material.kind === 'training' ? lookup.training(material.trainingId) : lookup.resource(material.resourceId);
  if (!facts) return { kind: material.kind, title: material.title, by: '', link: undefined, note: '', audiences: [], retired: true };
  return { kind: material.kind, title: facts.title, by: facts.by, link: facts.link, note: '', audiences: facts.audiences, retired: false };
}

/** A stable key for one material, so the same item used by two modules is listed once. */
export function materialKey(material: Material): string {
  if (material.kind === 'training') return `training:${material.trainingId}`;
  if (material.kind === 'resource') return `resource:${material.resourceId}`;
  return `custom:${material.title}\u0000${material.link ?? ''}\u0000${material.note}`;
}

export interface MaterialsListEntry extends ResolvedMaterial {
  /** Module titles (in curriculum order) that use it. */
  modules: string[];
}

/** Every distinct material of the curriculum, in the order modules first use them. */
export function materialsList(curriculum: Curriculum, lookup: MaterialLookup): MaterialsListEntry[] {
  const byKey = new Map<string, MaterialsListEntry>();
  for (const module of curriculum.modules) {
    for (const material of module.materials) {
      const key = materialKey(material);
      const entry = byKey.get(key);
      if (entry) {
        if (!entry.modules.includes(module.title)) entry.modules.push(module.title);
      } else byKey.set(key, { ...resolveMaterial(material, lookup), modules: [module.title] });
    }
  }
  return [...byKey.values()];
}

export interface MaterialAudiences {
  /** Audience ids the catalogue materials were written for, most used first. */
  audiences: { id: string; materials: number; inCurriculum: boolean }[];
  /** Catalogue materials counted. */
  catalogueMaterials: number;
}

/** The audiences the curriculum's catalogue materials were written for, against the curriculum's own. */
export function materialAudiences(curriculum: Curriculum, lookup: MaterialLookup): MaterialAudiences {
  const counts = new Map<string, number>();
  const entries = materialsList(curriculum, lookup).filter((m) => m.kind !== 'custom' && !m.retired);
  for (const m of entries) for (const a of m.audiences) counts.set(a, (counts.get(a) ?? 0) + 1);
  const own = new Set(curriculum.audiences);
  const audiences = [...counts.entries()]
    .map(([id, materials]) => ({ id, materials, inCurriculum: own.has(id) }))
    .sort((a, b) => b.materials - a.materials || a.id.localeCompare(b.id));
  return { audiences, catalogueMaterials: entries.length };
}

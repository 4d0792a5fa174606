type Json = Record<string, unknown>;

/**
 * Schema 4 (issue 20): the trainers' curricula and deliveries, two empty lists. Self-contained
 * (it reads the version it was given) so it can sit at any position in the chain.
 */
export function addTrainerRecords(data: Json): Json {
  const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  return {
    ...data,
    schemaVersion: version + 1,
    curricula: Array.isArray(data.curricula) ? data.curricula : [],
    deliveries: Array.isArray(data.deliveries) ? data.deliveries : [],
  };
}

/**
 * The one signal for "the whole data set was replaced" (a restore from a data file
 * or an automatic backup, here or noticed through the team list's epoch). Every
 * store that holds user data follows it by dropping its copy, so no screen shows
 * stale records; the next screen that needs them loads them again.
 */
type Listener = () => void;

const listeners = new Set<Listener>();

export function onDataReplaced(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceDataReplaced(): void {
  for (const listener of [...listeners]) listener();
}

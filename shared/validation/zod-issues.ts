import type { z } from 'zod';

/** "members[3].name" from zod's path array, so messages point at the exact field. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(whole file)' : out;
}

/** Human-readable lines, first `limit` issues only: a broken file can have thousands. */
export function describeIssues(error: z.ZodError, limit = 10): string[] {
  const lines = error.issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  if (error.issues.length > limit) lines.push(`…and ${error.issues.length - limit} more problems`);
  return lines;
}

import type { Member } from '../model/team';
import { createMemberMatcher } from './matching';

/*
 * The person of a one-person sheet: a state POST board's training history or an LMS's record of
 * learning lists one officer's courses, and names the officer once, in a title line above the
 * table ("Training History for: REYES, DANA   PID: 54120") or in the file name
 * ("Dana Reyes - Record of Learning.csv").
 */

export type MemberSource = { kind: 'line'; rowNumber: number; text: string } | { kind: 'file name' } | { kind: 'sheet name' };

export interface MemberGuess {
  member: Member;
  written: string;
  source: MemberSource;
}

// What stands before a person's name or number in a title line.
const LABEL =
  /^(?:.*\bfor\s*:?|name|full\s*name|officer(?:\s+name)?|employee(?:\s+name)?|learner|student|participant|trainee|user|member|investigator|record of learning|training (?:history|record|transcript)|transcript)\s*[:\-–—]?\s*/i;
// Lines naming someone else: who printed, prepared, taught or signed off the sheet.
const SOMEONE_ELSE = /\b(?:print\w*|prepared|generated|run|exported|approved|signed|certified|verified|reviewed|by|instructor|trainer|coordinator|supervisor|commander|chief|director|contact|author)\b/i;
// The ID numbers boards and agencies print beside the name: "PID: 54120", "DPSST # 54120", "Badge 4471".
const ID_LABEL = /\b(?:pid|dpsst|cjstc|post|employee|emp|badge|id|officer|member|personnel|payroll)\s*(?:#|no\.?|number|id)?\s*[:#]?\s*([A-Za-z]?\d[\d-]{2,})\b/gi;
const EMAIL = /[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/gi;

/** The parts of a line that may name a person: each cell, each run between wide gaps, and what follows a label. */
function nameCandidates(text: string): string[] {
  const parts = text.split(/\s+·\s+|\s{2,}|\t|\s+[|]\s+/).map((p) => p.trim());
  const out: string[] = [];
  for (const part of parts) {
    out.push(part);
    const bare = part.replace(LABEL, '').replace(/\s*(?:\(|\b(?:pid|dpsst|badge|id)\b).*$/i, '').trim();
    if (bare !== part) out.push(bare);
  }
  return out.filter((p) => p !== '' && p.length <= 80);
}

/**
 * The one team member the lines above the table name (by e-mail, an ID number after its label,
 * or a name), else the file name (by e-mail or name); null when they name none, or several.
 */
export function memberFromFile(
  fileName: string,
  linesAbove: readonly { rowNumber: number; text: string }[],
  members: readonly Member[],
  sheetName?: string,
): MemberGuess | null {
  if (members.length === 0) return null;
  const matcher = createMemberMatcher(members);
  const found = new Map<string, MemberGuess>();
  const take = (written: string, source: MemberSource, match: ReturnType<typeof matcher.byName>) => {
    if (match.kind === 'found' && !found.has(match.member.id)) found.set(match.member.id, { member: match.member, written, source });
  };
  const read = (text: string, source: MemberSource, withIds: boolean) => {
    for (const candidate of nameCandidates(text)) take(candidate, source, matcher.byName(candidate));
    for (const email of text.match(EMAIL) ?? []) take(email, source, matcher.byEmail(email));
    if (withIds) for (const id of text.matchAll(ID_LABEL)) take(id[0], source, matcher.byExternalId(id[1]!));
  };
  for (const line of linesAbove) if (!SOMEONE_ELSE.test(line.text)) read(line.text, { kind: 'line', rowNumber: line.rowNumber, text: line.text }, true);
  // A workbook kept one sheet per person, each named for them ("Reyes, Dana").
  if (found.size === 0 && sheetName !== undefined) for (const candidate of nameCandidates(sheetName)) take(candidate, { kind: 'sheet name' }, matcher.byName(candidate));
  if (found.size === 0) {
    // "Dana Reyes - Record of Learning.csv", "transcript_reyes_dana.csv": names between the separators.
    const base = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
    const source: MemberSource = { kind: 'file name' };
    for (const email of base.match(EMAIL) ?? []) take(email, source, matcher.byEmail(email));
    const words = base.split(/[\s_.]+|\s*[-–—]\s*/).filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      for (let n = 2; n <= 3 && i + n <= words.length; n++) take(words.slice(i, i + n).join(' '), source, matcher.byName(words.slice(i, i + n).join(' ')));
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
